import type { DemoGenerator } from "@ipr/shared/demo";

export const demo: DemoGenerator = { organ: "商务部门" };
