import { World, runDemo, type DemoGenerator } from "./demo";

describe("the demo generator's frame", () => {
  test("stages run in order, port order within a stage, whatever order the generators come in", () => {
    const ran: string[] = [];
    const note = (what: string): DemoGenerator["generate"] => () => void ran.push(what);
    runDemo(
      [
        ["office", { stage: "report", generate: note("office") }],
        ["linkage", { stage: "chain", generate: note("linkage") }],
        ["ipo", { generate: note("ipo") }],
        ["saic", { generate: note("saic") }],
      ],
      1,
      1,
    );
    expect(ran).toEqual(["saic", "ipo", "linkage", "office"]);
  });

  test("a step has one owner, and every generator may call any step", () => {
    const lend = (): DemoGenerator => ({ steps: () => ({ offenceName: (o) => o }) });
    expect(() => runDemo([["police", lend()], ["courts", lend()]], 1, 1)).toThrow(/offenceName is lent by both police and courts/);
    const names: string[] = [];
    runDemo([["saic", { generate: (w) => void names.push(w.steps.offenceName("X")) }], ["police", lend()]], 1, 1);
    expect(names).toEqual(["X"]);
  });

  test("collections are the manifests' seed tables; another name is refused", () => {
    const world = new World(1, 1);
    expect(world.rows("police", "criminalCases")).toBe(world.data.police.criminalCases);
    expect(() => world.rows("police", "suspects")).toThrow(/declares no seed table "suspects"/);
  });
});
