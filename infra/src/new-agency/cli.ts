import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT, readManifests } from "../registry/manifests";
import { generatedFiles, staleFiles } from "../registry/generate";
import { agencyNames } from "./names";
import { readmeSection, templates } from "./templates";

/** Where the scaffold adds an agency's README section. */
export const README_MARKER = "<!-- new-agency: sections of scaffolded agencies follow -->";

const USAGE = `usage: npm run new-agency -- <name> [--code CODE] [--port N] [--entity Entity] [--department 部门] [--description "…"] [--no-build]`;

/**
 * `npm run new-agency -- commerce --entity Complaint --department 商务部门` writes subgraphs/commerce/,
 * regenerates the registry, links the new workspace, builds, composes the supergraph and regenerates
 * the deployment files: after it, the agency is in `npm start`, the gateway, the deployment and the tests.
 */
function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      code: { type: "string" }, port: { type: "string" }, entity: { type: "string" }, department: { type: "string" },
      description: { type: "string" }, "no-build": { type: "boolean" },
    },
  });
  const [name] = positionals;
  if (!name) throw new Error(USAGE);
  const dir = path.join(ROOT, "subgraphs", name);
  if (existsSync(dir)) throw new Error(`subgraphs/${name} exists already`);
  const manifests = readManifests();
  const port = values.port ? Number(values.port) : Math.max(...manifests.map((m) => m.port)) + 1;
  const names = agencyNames({ name, code: values.code, port, entity: values.entity, department: values.department, description: values.description });
  if (manifests.some((m) => m.port === port || m.agency === names.code)) throw new Error(`port ${port} or code ${names.code} is taken: see the manifests`);

  const shared = JSON.parse(readFileSync(path.join(ROOT, "shared/package.json"), "utf8"));
  for (const [file, content] of Object.entries(templates(names, shared))) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  const readme = path.join(ROOT, "README.md");
  const text = readFileSync(readme, "utf8");
  if (text.includes(README_MARKER)) writeFileSync(readme, text.replace(README_MARKER, `${README_MARKER}\n${readmeSection(names).trimEnd()}`));
  console.log(`wrote subgraphs/${name}/ (${names.code}, port ${port}, entity ${names.Entity})`);

  const files = generatedFiles();
  for (const file of staleFiles(files)) writeFileSync(path.join(ROOT, file), files[file]);
  console.log("regenerated the registry");
  if (values["no-build"]) return;
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: ROOT, stdio: "inherit" });
  run("npm", ["install", "--no-audit", "--no-fund"]); // links @ipr/<name> into the workspace
  run("npm", ["run", "compose"]);
  run("npm", ["run", "manifests"]);
  console.log(`\n${names.code} is ready: npm test, npm start. Next: its entities, its lines of the monthly table (manifest.reportLines), its README section.`);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
