import type { DemoGenerator } from "@ipr/shared/demo";
import { generateOffice } from "./typical-cases";
import { generateMajorCases } from "./major-cases";

/**
 * The office's part of the demo set, once the chain has run: the typical cases units send with the
 * monthly table, and the major cases reported and supervised (each from its own random stream).
 */
export const demo: DemoGenerator = {
  stage: "report",
  generate: (world) => {
    generateOffice(world);
    generateMajorCases(world);
  },
};
