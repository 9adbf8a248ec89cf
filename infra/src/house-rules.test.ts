import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, readManifests } from "./registry/manifests";

/*
 * The house rules of a subgraph (README, "For agency developers"), checked on the sources so that an
 * agency developer who breaks one hears it from the tests, not from a review.
 */

const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
  .split("\n")
  .filter((f) => f && existsSync(path.join(ROOT, f)) && !/(^|\/)(node_modules|dist)\//.test(f));
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const subgraphSources = files.filter((f) => /^subgraphs\/[^/]+\/src\/.+\.ts$/.test(f) && !/\.test\.ts$|\.testing\.ts$/.test(f));

describe("house rules of the subgraphs", () => {
  test("foreign-entity stubs are declared in src/entities/foreign.ts only", () => {
    const stray = subgraphSources
      .filter((f) => !f.endsWith("/src/entities/foreign.ts"))
      .filter((f) => /\b(EntityStub|EnterpriseStub|MonthlyReportStub|InboxStub)\(/.test(read(f)));
    expect(stray).toEqual([]);
  });

  test("tests are *.test.ts beside the code in src/, helpers only tests use are *.testing.ts; each subgraph has its src/<name>.test.ts", () => {
    const packages = ["shared", "gateway", "infra", "console", "test", ...readManifests().map((m) => `subgraphs/${m.name}`)];
    expect(files.filter((f) => /(^|\/)__tests__\//.test(f))).toEqual([]);
    expect(files.filter((f) => /\.test\.tsx?$/.test(f) && !packages.some((p) => f.startsWith(`${p}/src/`)))).toEqual([]);
    expect(readManifests().map((m) => `subgraphs/${m.name}/src/${m.name}.test.ts`).filter((f) => !files.includes(f))).toEqual([]);
  });

  test("a workflow (src/…/workflow.ts, a pure state machine) has its own workflow.test.ts beside it", () => {
    const workflows = subgraphSources.filter((f) => path.basename(f) === "workflow.ts");
    expect(workflows.length).toBeGreaterThan(0);
    expect(workflows.filter((f) => !files.includes(f.replace(/\.ts$/, ".test.ts")))).toEqual([]);
  });

  test("unique violations are the kit's (createUnique, the error formatter): no subgraph catches them itself", () => {
    expect(subgraphSources.filter((f) => /UniqueConstraintViolation|\b23505\b/.test(read(f)))).toEqual([]);
  });
});
