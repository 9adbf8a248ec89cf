import { Agency, dependentsQuery } from "@ipr/shared";
import { CustomsRecordation, CustomsRightType } from "../entities/customs-recordation";

/**
 * `customsDependents(typename, id)`: the recordations naming another agency's registered right, for
 * that agency to ask before it corrects or withdraws it. A recordation relies on no particular fact
 * of the mark (customs keeps its own holder and dates), only on the mark being there: it forbids a
 * withdrawal. Patents and copyright works follow when IPO and PRESS make their registers correctable.
 */
export const CustomsDependents = dependentsQuery("customs", {
  Trademark: {
    owner: Agency.SAIC,
    find: async (ctx, registrationNumber) =>
      (await ctx.em.find(CustomsRecordation, { rightType: CustomsRightType.TRADEMARK, rightNumber: registrationNumber }, { orderBy: { recordedOn: "asc" } }))
        .map((r) => ({ type: "CustomsRecordation", id: r.id, region: "000000", relies: [] })),
  },
});
