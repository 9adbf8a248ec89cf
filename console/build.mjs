// Bundles the console into dist/ (index.html, assets/app.js, assets/app.css): everything the page
// loads comes from the gateway's origin. `--hash-operations` adds the dashboard's documents to saved-operations.json and re-computes every id.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

if (process.argv.includes("--hash-operations")) {
  const manifest = JSON.parse(readFileSync("saved-operations.json", "utf8"));
  // the dashboard's own queries join the saved ones (marked `dashboard`, not listed in the console), so a
  // token bound to the manifest (PERSISTED_OPERATIONS_ROLES) can draw the dashboard too
  const saved = manifest.operations.filter((op) => !op.dashboard);
  const dashboard = Object.values(await dashboardDocuments()).map((body) => ({ name: /query (\w+)/.exec(body)[1], type: "query", dashboard: true, body }));
  manifest.operations = [...saved, ...dashboard];
  for (const op of manifest.operations) op.id = createHash("sha256").update(op.body, "utf8").digest("hex");
  manifest.operations = manifest.operations.map(({ id, ...rest }) => ({ id, ...rest }));
  writeFileSync("saved-operations.json", JSON.stringify(manifest, null, 2) + "\n");
  process.exit(0);
}

/** The dashboard's GraphQL documents, exactly as src/dashboard-documents.ts exports them (bundled for node and evaluated). */
async function dashboardDocuments() {
  const out = await build({ entryPoints: ["src/dashboard-documents.ts"], bundle: true, write: false, format: "cjs", platform: "node", logLevel: "warning" });
  const module = { exports: {} };
  new Function("module", "exports", out.outputFiles[0].text)(module, module.exports);
  return module.exports;
}

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist/assets", { recursive: true });
await build({
  entryPoints: { app: "src/main.tsx" },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: "iife",
  target: "es2020",
  outdir: "dist/assets",
  jsx: "automatic",
  loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".svg": "file", ".png": "file" },
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "none",
  logLevel: "warning",
});
// GraphiQL's stylesheet embeds its fonts as data: URLs; they become files of this origin, so the CSP can stay 'self'
const css = readFileSync("dist/assets/app.css", "utf8").replace(/url\(\s*["']?data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=]+)["']?\s*\)/g, (_m, type, data) => {
  const bytes = Buffer.from(data, "base64");
  const ext = { "font/woff2": "woff2", "font/woff": "woff", "font/ttf": "ttf", "image/svg+xml": "svg", "image/png": "png" }[type] ?? "bin";
  const name = `${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.${ext}`;
  writeFileSync(`dist/assets/${name}`, bytes);
  return `url(${name})`;
});
if (/url\(\s*["']?data:/.test(css)) throw new Error("app.css still has a data: URL the CSP would refuse");
writeFileSync("dist/assets/app.css", css);
copyFileSync("index.html", "dist/index.html");
copyFileSync("favicon.svg", "dist/favicon.svg");
