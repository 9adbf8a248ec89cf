import type { DemoGenerator } from "@ipr/shared/demo";
import { generateCustoms } from "./cases";

/** Customs' part of the demo set: recordations, joint operations and detentions at the ports. */
export const demo: DemoGenerator = { organ: "海关", generate: generateCustoms };
