import type { DemoGenerator } from "@ipr/shared/demo";
import { generateIpo, patentOf } from "./cases";

/** The IP offices' part of the demo set: granted patents, infringement disputes and passing-off cases. */
export const demo: DemoGenerator = {
  organ: "知识产权局",
  steps: (world) => ({ patentOf: (rnd, holder) => patentOf(world, rnd, holder) }),
  generate: generateIpo,
  figures: (m) => ({ patentCases: m.tally(m.pick("ipo", "cases", "openedOn")) }),
};
