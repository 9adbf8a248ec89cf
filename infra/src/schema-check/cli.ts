import { relative } from "node:path";
import { composedFiles, SUBGRAPH_SCHEMAS_DIR } from "../compose";
import { SUPERGRAPH_PATH } from "@ipr/gateway";
import { acknowledgement, CHANGELOG_PATH, readChangelog, unacknowledgedBreaking } from "./changelog";
import { compareSchemas, describeSubgraph, type Finding, type SchemaSet } from "./compare";
import { BASELINE_DIR, baselineSet, referenceSet, ROOT, writeBaseline } from "./sources";

/**
 * `npm run schema:check [-- --ref <ref>]`: the schemas the code composes to now, compared with those
 * at a git ref (default `main`); `-- --baseline` compares with the committed baseline instead, and
 * `-- --accept` also makes the current schemas the new baseline when nothing breaking is unacknowledged.
 * Lists each breaking and dangerous change with the agencies whose clients it affects; exits 1 on a
 * breaking change that docs/schema-changelog.md does not acknowledge.
 */

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function currentSet(): Promise<SchemaSet> {
  const files = await composedFiles();
  const subgraphs: Record<string, string> = {};
  for (const [path, sdl] of Object.entries(files)) {
    if (path.startsWith(SUBGRAPH_SCHEMAS_DIR)) subgraphs[path.slice(SUBGRAPH_SCHEMAS_DIR.length + 1, -".graphql".length)] = sdl;
  }
  return { supergraph: files[SUPERGRAPH_PATH], subgraphs };
}

function line(f: Finding, acknowledged: string | undefined): string {
  const affects = f.subgraphs.length ? f.subgraphs.map(describeSubgraph).join(", ") : "unknown";
  return `  ${f.level.padEnd(9)} ${f.path}  [${f.schema}]\n            ${f.message}\n            affects the clients of: ${affects}${acknowledged ? `\n            acknowledged: ${acknowledged}` : ""}`;
}

async function main(): Promise<number> {
  const accept = process.argv.includes("--accept");
  const ref = option("--ref") ?? "main";
  const notes: string[] = [];
  const against = accept || process.argv.includes("--baseline") ? `the committed baseline ${relative(ROOT, BASELINE_DIR)}/` : ref;
  const before = against === ref ? referenceSet(ref, notes) : baselineSet();
  const after = await currentSet();
  const { findings, notes: compareNotes } = await compareSchemas(before, after);
  const entries = readChangelog();
  console.log(`schema changes against ${against} (the schemas the current code composes to):`);
  for (const note of [...notes, ...compareNotes]) console.log(`note: ${note}`);
  for (const level of ["BREAKING", "DANGEROUS"] as const) {
    const found = findings.filter((f) => f.level === level);
    console.log(`\n${level}: ${found.length}`);
    for (const f of found) {
      const entry = acknowledgement(entries, f);
      console.log(line(f, entry && `${relative(ROOT, CHANGELOG_PATH)}, ${entry.date}: ${entry.reason}`));
    }
  }
  const open = unacknowledgedBreaking(findings, entries);
  if (open.length) {
    const paths = [...new Set(open.map((f) => f.path))];
    console.error(
      `\n${paths.length} breaking change(s) not acknowledged: ${paths.join(", ")}.\n` +
        `Make it compatible (e.g. add the new field and deprecate the old one) or, once clients were told, add a row per change to ${relative(ROOT, CHANGELOG_PATH)}.`,
    );
    return 1;
  }
  if (accept) {
    writeBaseline(after);
    console.log(`\nwrote the current schemas to ${relative(ROOT, BASELINE_DIR)}/: commit them`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
