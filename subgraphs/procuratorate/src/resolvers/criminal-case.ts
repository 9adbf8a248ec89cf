import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { canRead, many, type Context } from "@ipr/shared";
import { ArrestReview } from "../entities/arrest-review";
import { FilingSupervision } from "../entities/filing-supervision";
import { referralOfCase } from "../linkage";
import { CriminalCase } from "../entities/foreign";
import { MisconductCase } from "../entities/misconduct-case";
import { Prosecution } from "../entities/prosecution";

/** Rows of `entity` about each criminal case, inside the caller's region: one statement per field per request. */
const ofCase = <T extends { region: string }>(ctx: Context, entity: new () => T, field: string, orderBy: Record<string, "asc" | "desc">, id: string) =>
  many(ctx, entity, field, orderBy)
    .load(id)
    .then((rows) => rows.filter((row) => canRead(ctx.identity, row.region)));

/** What the procuratorate adds to the police's criminal case. */
@Resolver(() => CriminalCase)
export class CriminalCaseContributions {
  @FieldResolver(() => [ArrestReview], { nullable: true, description: "Arrest reviews of this case, in your region, earliest decided first (procuratorate)" })
  arrestReviews(@Root() c: CriminalCase, @Ctx() ctx: Context) {
    return ofCase(ctx, ArrestReview, "criminalCaseId", { decidedOn: "asc", createdAt: "asc" }, c.id);
  }

  @FieldResolver(() => [Prosecution], { nullable: true, description: "Prosecution decisions on this case, in your region, earliest decided first (procuratorate)" })
  prosecutions(@Root() c: CriminalCase, @Ctx() ctx: Context) {
    return ofCase(ctx, Prosecution, "criminalCaseId", { decidedOn: "asc", createdAt: "asc" }, c.id);
  }

  @FieldResolver(() => [MisconductCase], { nullable: true, description: "Duty-crime cases of officials behind this case, in your region (procuratorate)" })
  misconductCases(@Root() c: CriminalCase, @Ctx() ctx: Context) {
    return ofCase(ctx, MisconductCase, "relatedCriminalCaseId", { filedOn: "asc", id: "asc" }, c.id);
  }

  @FieldResolver(() => [FilingSupervision], {
    nullable: true,
    description: "Filing supervisions of the referral this case answers (linkage's fact), in your region: how the case came to be filed (procuratorate)",
  })
  async filingSupervisions(@Root() c: CriminalCase, @Ctx() ctx: Context) {
    const referralId = await referralOfCase(ctx).load(c.id.toLowerCase());
    return referralId ? ofCase(ctx, FilingSupervision, "referralId", { explanationRequiredAt: "asc", id: "asc" }, referralId) : [];
  }
}
