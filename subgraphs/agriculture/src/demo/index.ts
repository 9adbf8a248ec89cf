import type { DemoGenerator } from "@ipr/shared/demo";
import { generateAgriculture } from "./cases";

/** Agriculture's and forestry's part of the demo set: granted plant varieties and their cases. */
export const demo: DemoGenerator = {
  organ: "农业部门",
  generate: generateAgriculture,
  figures: (m) => ({ plantVarietyCases: m.tally(m.pick("agriculture", "cases", "openedOn")) }),
};
