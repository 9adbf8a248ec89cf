import type { DemoGenerator } from "@ipr/shared/demo";
import { generateMisconduct, review, supervise } from "./cases";

/**
 * The procuratorate's part of the demo set: arrest reviews, prosecutions, filing supervision and
 * duty crimes, drawn as linkage's chain reaches them through these steps.
 */
export const demo: DemoGenerator = {
  steps: (world) => ({
    review: (rnd, filed) => review(world, rnd, filed),
    supervise: (rnd, referral, file) => supervise(world, rnd, referral, file),
    misconduct: (rnd, filed) => generateMisconduct(world, rnd, filed),
  }),
};
