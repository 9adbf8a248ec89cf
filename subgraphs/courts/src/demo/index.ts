import type { DemoGenerator } from "@ipr/shared/demo";
import { civilAndAdministrative, tryProsecution } from "./cases";

/** The courts' part of the demo set: criminal trials of prosecutions, civil and administrative suits over admin cases. */
export const demo: DemoGenerator = {
  steps: (world) => ({
    tryProsecution: (rnd, filed, prosecution) => tryProsecution(world, rnd, filed, prosecution),
    civilAndAdministrative: (rnd, source) => civilAndAdministrative(world, rnd, source),
  }),
};
