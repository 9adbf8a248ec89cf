import { checkManifests, readManifests } from "./manifests";
import { staleFiles } from "./generate";
import { filesSpellingAgencies } from "./spellings";

describe("the agency registry", () => {
  test("the committed generated files are what the manifests give (`npm run registry` regenerates them)", () => {
    expect(staleFiles()).toEqual([]);
  });

  test("every subgraph folder has a manifest, in port order", () => {
    const names = readManifests().map((m) => m.name);
    expect(names[0]).toBe("office");
    expect(names).toContain("linkage");
  });

  test("two agencies cannot claim the same port, code or line", () => {
    const [a, b] = readManifests().filter((m) => m.reportLines?.length);
    expect(() => checkManifests([a, { ...b, port: a.port }])).toThrow(/same port/);
    expect(() => checkManifests([a, { ...b, agency: a.agency }])).toThrow(/same agency code/);
    expect(() => checkManifests([a, { ...b, reportLines: a.reportLines }])).toThrow(/same monthly-table line/);
  });

  test("a paper row must name a measure of its line", () => {
    const [a] = readManifests().filter((m) => m.reportLines?.length);
    const line = { ...a.reportLines![0], rows: [{ item: "x", count: "nope" }] };
    expect(() => checkManifests([{ ...a, reportLines: [line] }])).toThrow(/names no measure nope/);
  });
});

describe("the hallway measure", () => {
  test("at most four source files spell out six or more agency names (README, development notes)", () => {
    const found = filesSpellingAgencies();
    if (found.length > 4) throw new Error(`${found.length} files:\n${found.map((f) => `${f.file}: ${f.names.join(", ")}`).join("\n")}`);
  });
});
