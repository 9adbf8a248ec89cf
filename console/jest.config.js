// pure functions of the console (data shaping, CSV, formats, the token's claims); the browser test is test/src/console.browser.test.ts
const preset = require("../jest.preset.js");
module.exports = { ...preset, globalSetup: undefined, globalTeardown: undefined, setupFiles: [] };
