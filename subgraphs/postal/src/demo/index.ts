import type { DemoGenerator } from "@ipr/shared/demo";
import { generatePostal } from "./cases";

/** The postal administrations' part of the demo set: parcels stopped in the courier channel, checks of courier outlets. */
export const demo: DemoGenerator = { organ: "邮政管理部门", generate: generatePostal };
