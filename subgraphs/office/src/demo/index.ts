import type { DemoGenerator } from "@ipr/shared/demo";
import { generateOffice } from "./typical-cases";
import { generateMajorCases } from "./major-cases";
import { generateDeliverables } from "./deliverables";

/**
 * The office's part of the demo set, once the chain has run: the typical cases units send with the
 * monthly table, the major cases reported and supervised, and the campaign's deliverables (each from its own random stream).
 */
export const demo: DemoGenerator = {
  stage: "report",
  generate: (world) => {
    generateOffice(world);
    generateMajorCases(world);
    generateDeliverables(world);
  },
};
