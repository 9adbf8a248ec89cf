// Shared by every package's jest.config.js: TypeScript through swc (legacy decorators with metadata,
// as tsc emits them), one database server found or started once per run.
const path = require("node:path");

module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/src/**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
    // ESM-only packages the gateway requires (Node 20.19+ loads them with require(); jest's loader does not)
    "/node_modules/hyparquet(-writer)?/.+\\.js$": ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs" } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(hyparquet|hyparquet-writer)/)"],
  setupFiles: ["reflect-metadata"],
  globalSetup: path.join(__dirname, "infra/jest-global-setup.mjs"),
  globalTeardown: path.join(__dirname, "infra/jest-global-teardown.mjs"),
  testTimeout: 60_000,
  // each test file starts whole platforms, and jest's module registry per file leaves their schemas and
  // entity metadata behind: a worker past 1 GB after a file is replaced (this also makes jest use a
  // worker process on a 2-core machine instead of running in band, where the heap grew past 4 GB)
  workerIdleMemoryLimit: "1GB",
};
