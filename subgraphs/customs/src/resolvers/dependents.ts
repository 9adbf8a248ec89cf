import { Agency, dependentsQuery, type Context } from "@ipr/shared";
import { CustomsRecordation, CustomsRightType } from "../entities/customs-recordation";

/**
 * `customsDependents(typename, id)`: the recordations naming another agency's registered right (a trademark, a patent, a copyright work), for
 * that agency to ask before it corrects or withdraws it. A recordation relies on no particular fact
 * of the mark (customs keeps its own holder and dates), only on the mark being there: it forbids a
 * withdrawal.
 */
const recordationsOf = (rightType: CustomsRightType) => async (ctx: Context, rightNumber: string) =>
  (await ctx.em.find(CustomsRecordation, { rightType, rightNumber }, { orderBy: { recordedOn: "asc" } }))
    .map((r) => ({ type: "CustomsRecordation", id: r.id, region: "000000", relies: [] }));

export const CustomsDependents = dependentsQuery("customs", {
  Trademark: { owner: Agency.SAIC, find: recordationsOf(CustomsRightType.TRADEMARK) },
  Patent: { owner: Agency.IPO, find: recordationsOf(CustomsRightType.PATENT) },
  CopyrightWork: { owner: Agency.PRESS, find: recordationsOf(CustomsRightType.COPYRIGHT) },
});
