import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { canRead, type Context } from "@ipr/shared";
import { CopyrightWork, Patent, Trademark } from "../entities/foreign";
import { CustomsRecordation, CustomsRightType } from "../entities/customs-recordation";
import { CustomsSeizure } from "../entities/customs-seizure";
import { recordationsOfRight, seizuresOfRight } from "../lookups";

/** The same two fields on each right another agency owns, keyed by that right's own number. */
function rightResolver<T extends object>(Right: ClassType<T>, rightType: CustomsRightType, key: keyof T & string) {
  @Resolver(() => Right)
  class RightResolver {
    @FieldResolver(() => [CustomsRecordation], { nullable: true, description: "Customs recordations of this right (national), newest first" })
    customsRecordations(@Root() right: T, @Ctx() ctx: Context) {
      return recordationsOfRight(ctx, rightType).load(String(right[key]));
    }

    @FieldResolver(() => [CustomsSeizure], { nullable: true, description: "Customs detentions in your region under a recordation of this right, newest first" })
    async customsSeizures(@Root() right: T, @Ctx() ctx: Context) {
      const rows = await seizuresOfRight(ctx, rightType).load(String(right[key]));
      return rows.filter((s) => canRead(ctx.identity, s.region));
    }
  }
  return RightResolver;
}

export const TrademarkResolver = rightResolver(Trademark, CustomsRightType.TRADEMARK, "registrationNumber");
export const PatentResolver = rightResolver(Patent, CustomsRightType.PATENT, "patentNumber");
export const CopyrightWorkResolver = rightResolver(CopyrightWork, CustomsRightType.COPYRIGHT, "registrationNumber");
