import { existsSync, readFileSync } from "node:fs";
import { JEST, ScratchWorkspace, TSC, TSX } from "./scratch-workspace.testing";

/*
 * `npm run new-agency` end to end, in a scratch copy of the workspace (the repository is not written):
 * the scaffold's output as it is builds with the kit, passes its own tests, composes with every other
 * agency and is in the deployment files. What `--no-build` leaves out is done here step by step:
 * linking the workspace, building (the kit and the new subgraph; the others are their built dist),
 * `npm run compose` and `npm run manifests`.
 */

const NAME = "scaffolded";
const CODE = "SCAFFOLDED";
const ENTITY = "ScaffoldedRecord";

let ws: ScratchWorkspace;
beforeAll(() => {
  ws = ScratchWorkspace.create();
});
afterAll(() => ws?.remove());

describe("npm run new-agency, end to end in a scratch workspace", () => {
  test("writes the subgraph, its README section and the regenerated registry", () => {
    const out = ws.run(TSX, ["infra/src/new-agency/cli.ts", NAME, "--department", "试验部门", "--description", "A scaffolded agency", "--no-build"]);
    expect(out).toContain(`wrote subgraphs/${NAME}/ (${CODE}, port`);
    ws.linkWorkspaces();
    expect(readFileSync(ws.path("shared/src/generated/registry.ts"), "utf8")).toContain(`${CODE} = "${CODE}"`);
    expect(JSON.parse(readFileSync(ws.path("test/package.json"), "utf8")).dependencies).toHaveProperty(`@ipr/${NAME}`);
    expect(readFileSync(ws.path("README.md"), "utf8")).toContain(`### 试验部门 (\`${NAME}\``);
    ws.run(TSX, ["infra/src/registry/generate.ts", "--check"]); // nothing derived from the manifests left stale
  });

  test("the kit builds with the new agency, and the subgraph type-checks and builds, tests included", () => {
    ws.run(TSC, ["-p", "shared/tsconfig.build.json"]);
    ws.run(TSC, ["-p", `subgraphs/${NAME}/tsconfig.json`]);
    expect(existsSync(ws.path(`subgraphs/${NAME}/dist/index.js`))).toBe(true);
  });

  test("passes its own tests on the first run", () => {
    const out = ws.run(JEST, ["--ci", "--colors=false"], `subgraphs/${NAME}`);
    expect(out).toMatch(/Tests:\s+\d+ passed, \d+ total/);
    expect(out).not.toMatch(/failed/);
  });

  test("composes with every other agency (npm run compose)", () => {
    ws.run(ws.path("infra/dist/compose.js"), []);
    const supergraph = readFileSync(ws.path("gateway/supergraph.graphql"), "utf8");
    expect(supergraph).toMatch(new RegExp(`${CODE} @join__graph\\(name: "${NAME}", url: "http://127.0.0.1:\\d+/graphql"\\)`));
    const mutation = supergraph.split("\n").filter((l) => l.includes(`record${ENTITY}(`)).map((l) => l.trim());
    expect(mutation).toEqual([`record${ENTITY}(input: Record${ENTITY}Input!): ${ENTITY}! @join__field(graph: ${CODE})`]);
    expect(existsSync(ws.path(`gateway/subgraphs/${NAME}.graphql`))).toBe(true);
  });

  test("is in the deployment files (npm run manifests)", () => {
    ws.run(ws.path("infra/dist/deploy/index.js"), []);
    expect(existsSync(ws.path(`infra/deploy/generated/k8s/subgraph-${NAME}.yaml`))).toBe(true);
    expect(readFileSync(ws.path("infra/deploy/generated/compose.yaml"), "utf8")).toContain(`subgraphs/${NAME}/dist/index.js`);
  });
});
