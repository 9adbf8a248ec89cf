import { readFileSync } from "node:fs";
import { composedFiles, composePrinted, staleComposedFiles } from "../compose";
import { acknowledgement, CHANGELOG_PATH, parseChangelog, readChangelog, unacknowledgedBreaking } from "./changelog";
import { compareSchemas, describeSubgraph, type SchemaSet } from "./compare";
import { baselineSet, workingSet } from "./sources";

const federation = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])\n';
/** Two small subgraphs: saic owns SaicCase, ipo contributes a field to it. */
function schemas(saicFields: string, statuses: string, ipoFields: string): SchemaSet {
  const subgraphs = {
    saic: `${federation}type Query { saicCases: [SaicCase!]! }\ntype SaicCase @key(fields: "id") { id: ID!\n${saicFields} status: Status }\nenum Status { ${statuses} }\n`,
    ipo: `${federation}type Query { patents: [String!]! }\ntype SaicCase @key(fields: "id") { id: ID!\n${ipoFields} }\n`,
  };
  return { supergraph: composePrinted(subgraphs), subgraphs };
}
const before = schemas("title: String! amount: Float", "OPEN CLOSED", "patentCount: Int");

describe("schema check", () => {
  it("finds a removed field as breaking, in the supergraph and its subgraph, owned by the subgraph that served it", async () => {
    const after = schemas("amount: Float", "OPEN CLOSED", "");
    const { findings } = await compareSchemas(before, after);
    const breaking = findings.filter((f) => f.level === "BREAKING").map(({ schema, path, subgraphs }) => ({ schema, path, subgraphs }));
    expect(breaking).toEqual(
      expect.arrayContaining([
        { schema: "supergraph", path: "SaicCase.title", subgraphs: ["saic"] },
        { schema: "saic", path: "SaicCase.title", subgraphs: ["saic"] },
        { schema: "supergraph", path: "SaicCase.patentCount", subgraphs: ["ipo"] },
        { schema: "ipo", path: "SaicCase.patentCount", subgraphs: ["ipo"] },
      ]),
    );
    expect(breaking).toHaveLength(4);
  });

  it("finds a narrowed type as breaking and an added enum value as dangerous, ignoring additions and federation machinery", async () => {
    const after = schemas("title: String! amount: Int note: String", "OPEN CLOSED ARCHIVED", "patentCount: Int");
    const { findings } = await compareSchemas(before, after);
    const summary = findings.filter((f) => f.schema === "supergraph").map(({ level, path, subgraphs }) => ({ level, path, subgraphs }));
    expect(summary).toEqual([
      { level: "BREAKING", path: "SaicCase.amount", subgraphs: ["saic"] },
      { level: "DANGEROUS", path: "Status.ARCHIVED", subgraphs: ["saic"] },
    ]);
    expect((await compareSchemas(before, before)).findings).toEqual([]);
  });

  it("names the agency whose clients a subgraph serves", () => {
    expect(describeSubgraph("saic")).toBe("saic (SAIC)");
    expect(describeSubgraph("unknown-agency")).toBe("unknown-agency");
  });

  it("a changelog row acknowledges a breaking change by its level and path", async () => {
    const { findings } = await compareSchemas(before, schemas("amount: Float", "OPEN CLOSED", "patentCount: Int"));
    const entries = parseChangelog(
      ["| date | level | change | reason |", "|---|---|---|---|", "| 2025-01-31 | BREAKING | `SaicCase.title` | replaced by name; clients told |"].join("\n"),
    );
    expect(entries).toEqual([{ date: "2025-01-31", level: "BREAKING", path: "SaicCase.title", reason: "replaced by name; clients told" }]);
    expect(unacknowledgedBreaking(findings, [])).toHaveLength(2);
    expect(unacknowledgedBreaking(findings, entries)).toEqual([]);
    expect(acknowledgement(entries, { ...findings[0], level: "DANGEROUS" })).toBeUndefined();
  });
});

describe("the repository's schemas", () => {
  it("gateway/subgraphs/*.graphql and the supergraph are what the subgraphs print and compose to (run `npm run compose` if not)", async () => {
    expect(staleComposedFiles(await composedFiles())).toEqual([]);
  }, 120_000);

  it("every row of docs/schema-changelog.md's table is an entry: a level, a path and a reason", () => {
    const rows = readFileSync(CHANGELOG_PATH, "utf8").split("\n").filter((l) => l.trim().startsWith("|")).slice(2);
    const entries = readChangelog();
    expect(entries).toHaveLength(rows.length);
    for (const e of entries) expect(e.reason).not.toBe("");
  });

  it("has no breaking change against the committed baseline that docs/schema-changelog.md does not acknowledge (see `npm run schema:check`)", async () => {
    const { findings } = await compareSchemas(baselineSet(), workingSet());
    const open = unacknowledgedBreaking(findings, readChangelog()).map((f) => `${f.schema}: ${f.path}: ${f.message}`);
    expect(open).toEqual([]);
  });
});
