import type { DemoGenerator } from "@ipr/shared/demo";
import type { Enterprise } from "../entities/enterprise";
import { generateSaic, trademarkOf } from "./cases";

/** SAIC's part of the demo set: the enterprise register, marks, and trademark and trade-secret cases. */
export const demo: DemoGenerator = {
  organ: "市场监管部门",
  steps: (world) => ({
    registerEnterprise: (row) => void world.rows<Enterprise>("saic", "enterprises").push(row),
    trademarkOf: (rnd, holder) => trademarkOf(world, rnd, holder),
  }),
  generate: generateSaic,
  figures: (m) => ({
    tradeSecretCases: m.tally(m.pick("saic", "cases", "openedOn", (r) => r.category === "TRADE_SECRET")),
    trademarkCases: m.tally(m.pick("saic", "cases", "openedOn", (r) => r.category === "TRADEMARK")),
  }),
};
