import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { scopedList, Agency, Connection, ConnectionArgs, assertCanWrite, assertRegion, lookup, newId, paginate, requireText, type Context } from "@ipr/shared";
import { TypicalCase } from "../entities/typical-case";
import { ReportTypicalCaseInput, TypicalCaseFilter } from "../schema/inputs";
import { requirePeriod } from "@ipr/shared";

@ObjectType()
class TypicalCaseConnection extends Connection(TypicalCase) {}

@Resolver(() => TypicalCase)
export class TypicalCaseResolver {
  @Query(() => TypicalCase, { nullable: true })
  typicalCase(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return lookup(ctx, TypicalCase, id);
  }

  @Query(() => TypicalCaseConnection, { description: "Typical cases in your region, newest period first" })
  typicalCases(@Args(() => ConnectionArgs) page: ConnectionArgs, @Arg("filter", () => TypicalCaseFilter, { nullable: true }) filter: TypicalCaseFilter | null, @Ctx() ctx: Context) {
    const f = filter ?? {};
    const where = scopedList(ctx, f, { equal: ["period", "agency", "campaign"] });
    if (f.period) requirePeriod(f.period, "filter.period", ctx.now());
    return paginate(ctx.em, TypicalCase, where, page, "period");
  }

  @Mutation(() => TypicalCase, { description: "A leading-group office reports a typical case of its region (OFFICE, inside its region)" })
  async reportTypicalCase(@Arg("input", () => ReportTypicalCaseInput) input: ReportTypicalCaseInput, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, Agency.OFFICE, region);
    const period = requirePeriod(input.period, "input.period", ctx.now());
    const title = requireText(input.title, "input.title", 200);
    const summary = requireText(input.summary, "input.summary", 4000);
    return ctx.em.transactional(async (em) =>
      em.create(TypicalCase, { id: newId(), region, period, agency: input.agency, campaign: input.campaign ?? null, title, summary, createdBy: ctx.identity.sub }),
    );
  }
}
