import { type DemoGenerator, sum, yuan } from "@ipr/shared/demo";
import { generateCustoms } from "./cases";

/** Customs' part of the demo set: recordations, joint operations and detentions at the ports. */
export const demo: DemoGenerator = {
  organ: "海关",
  generate: generateCustoms,
  figures: (m) => {
    const seizures = m.pick("customs", "seizures", "seizedOn");
    return { customs: { seizures: seizures.length, quantity: sum(seizures, "quantity"), goodsValue: yuan(seizures, "declaredValue"), amountInvolved: yuan(seizures) } };
  },
};
