import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { canRead, many, type Context } from "@ipr/shared";
import { FilingSupervision } from "../entities/filing-supervision";
import { Referral } from "../entities/foreign";

/** What the procuratorate adds to linkage's referral. */
@Resolver(() => Referral)
export class ReferralContributions {
  @FieldResolver(() => [FilingSupervision], { nullable: true, description: "Filing supervisions of this referral, in your region, earliest first (procuratorate)" })
  filingSupervisions(@Root() r: Referral, @Ctx() ctx: Context) {
    return many(ctx, FilingSupervision, "referralId", { explanationRequiredAt: "asc", id: "asc" })
      .load(r.id)
      .then((rows) => rows.filter((row) => canRead(ctx.identity, row.region)));
  }
}
