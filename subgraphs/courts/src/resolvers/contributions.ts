import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { EnterpriseRole, canRead, isUuid, many, one, type Context } from "@ipr/shared";
import { CourtCase } from "../entities/court-case";
import { Enterprise, Person, Prosecution } from "../entities/foreign";
import { Judgment } from "../entities/judgment";
import { Sentence } from "../entities/sentence";

/*
 * Fields the courts add to other agencies' entities. Each is one batched statement per request,
 * whatever the number of entities, and keeps to the caller's region.
 */

@Resolver(() => Prosecution)
export class ProsecutionCourtCases {
  @FieldResolver(() => [CourtCase], { nullable: true, description: "The court cases trying this prosecution, first filed first (courts)" })
  async courtCases(@Root() p: Prosecution, @Ctx() ctx: Context) {
    // a malformed id must not reach PostgreSQL's uuid column and fail the whole batch
    if (!isUuid(p.id)) return [];
    return many(ctx, CourtCase, "prosecutionId", { filedOn: "asc", id: "asc" })
      .load(p.id.toLowerCase())
      .then((cases) => cases.filter((c) => canRead(ctx.identity, c.region)));
  }
}

@Resolver(() => Enterprise)
export class EnterpriseCourtCases {
  @FieldResolver(() => [CourtCase], { nullable: true,
    description: "Court cases in your region where this enterprise is the plaintiff (RIGHT_HOLDER, default) or the defendant (INFRINGER) (courts)",
  })
  courtCases(
    @Root() enterprise: Enterprise,
    @Arg("role", () => EnterpriseRole, { defaultValue: EnterpriseRole.RIGHT_HOLDER }) role: EnterpriseRole,
    @Ctx() ctx: Context,
  ) {
    const field = role === EnterpriseRole.RIGHT_HOLDER ? "plaintiffCreditCode" : "defendantCreditCode";
    return many(ctx, CourtCase, field, { filedOn: "desc", id: "desc" })
      .load(enterprise.creditCode)
      .then((cases) => cases.filter((c) => canRead(ctx.identity, c.region)));
  }
}

@Resolver(() => Person)
export class PersonSentences {
  @FieldResolver(() => [Sentence], { nullable: true, description: "Sentences courts in your region gave this person (courts)" })
  async sentences(@Root() p: Person, @Ctx() ctx: Context) {
    if (!isUuid(p.id)) return [];
    // oldest judgment first: ordered through the judgment (a join in the same statement)
    const order = { judgment: { decidedOn: "asc" }, position: "asc" } as unknown as Record<string, "asc">;
    const rows = (await many(ctx, Sentence, "personId", order).load(p.id.toLowerCase())).filter((s) => canRead(ctx.identity, s.region));
    // a sentence leaves with its withdrawn judgment (the judgment loader reads live ones only)
    const judgments = await Promise.all(rows.map((s) => one(ctx, Judgment).load(s.judgment.id)));
    return rows.filter((_, i) => judgments[i] !== null);
  }
}
