import type { DemoGenerator } from "@ipr/shared/demo";
import { complaints } from "./complaints";
import { outreach } from "./outreach";

/**
 * commerce's part of the demo set (`npm start`, `npm run seed`): complaints in every state, some of them
 * overdue, many accepted with a generated admin case, and outreach events. Drawn after the chain (the
 * admin cases exist by then), from commerce's own random streams, so no other agency's rows change.
 */
export const demo: DemoGenerator = {
  stage: "report",
  organ: "商务部门",
  generate(world) {
    complaints(world);
    outreach(world);
  },
};
