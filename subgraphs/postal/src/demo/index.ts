import { type DemoGenerator, sum, yuan } from "@ipr/shared/demo";
import { generatePostal } from "./cases";

/** The postal administrations' part of the demo set: parcels stopped in the courier channel, checks of courier outlets. */
export const demo: DemoGenerator = {
  organ: "邮政管理部门",
  generate: generatePostal,
  figures: (m) => {
    const parcels = m.pick("postal", "interceptions", "interceptedOn");
    const crossBorder = parcels.filter((p) => p.crossBorderECommerce).length;
    return { postal: { interceptions: parcels.length, items: sum(parcels, "itemCount"), crossBorder, amountInvolved: yuan(parcels) } };
  },
};
