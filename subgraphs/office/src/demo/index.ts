import type { DemoGenerator } from "@ipr/shared/demo";
import { generateOffice } from "./typical-cases";

/** The office's part of the demo set: the typical cases units send with the monthly table, once the chain has run. */
export const demo: DemoGenerator = { stage: "report", generate: generateOffice };
