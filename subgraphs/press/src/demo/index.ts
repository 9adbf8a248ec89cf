import type { DemoGenerator } from "@ipr/shared/demo";
import type { CopyrightWorkType } from "../entities/copyright-work";
import { generatePress, workOf } from "./cases";

/** The copyright administrations' part of the demo set: registered works, copyright cases, software legalisation checks. */
export const demo: DemoGenerator = {
  organ: "版权局",
  steps: (world) => ({ workOf: (rnd, holder, workType) => workOf(world, rnd, holder, workType as CopyrightWorkType) }),
  generate: generatePress,
  figures: (m) => ({ copyrightCases: m.tally(m.pick("press", "cases", "openedOn")) }),
};
