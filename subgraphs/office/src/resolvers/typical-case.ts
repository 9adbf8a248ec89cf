import { LockMode } from "@mikro-orm/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  scopedList, Agency, CampaignCode, Connection, ConnectionArgs, assertCanWrite, assertRegion, badInput, lookup, newId, notFound, paginate,
  requireId, requirePastDate, requirePeriod, requireText, visible, type Context,
} from "@ipr/shared";
import { PublicationStatus, TypicalCase } from "../entities/typical-case";
import { PublishTypicalCaseInput, ReportTypicalCaseInput, TypicalCaseFilter } from "../schema/inputs";
import { TypicalCaseFigures, figuresKey, recordFigures } from "../typical-cases/figures";
import { CaseRecord, recordRef } from "../typical-cases/records";
import { checkSubject } from "../typical-cases/subject";

@ObjectType()
class TypicalCaseConnection extends Connection(TypicalCase) {}

/** The record's figures as the caller may see them; null without a record, or when the caller may not see it. */
export const figuresOfCase = (ctx: Context, c: TypicalCase) =>
  c.recordType && c.recordId ? recordFigures(ctx).load(figuresKey(c.recordType, c.recordId)) : Promise.resolve(null);

@Resolver(() => TypicalCase)
export class TypicalCaseResolver {
  @Query(() => TypicalCase, { nullable: true })
  typicalCase(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return lookup(ctx, TypicalCase, id);
  }

  @Query(() => TypicalCaseConnection, { description: "Typical cases in your region, newest period first" })
  typicalCases(@Args(() => ConnectionArgs) page: ConnectionArgs, @Arg("filter", () => TypicalCaseFilter, { nullable: true }) filter: TypicalCaseFilter | null, @Ctx() ctx: Context) {
    const f = filter ?? {};
    const where = scopedList(ctx, f, { equal: ["period", "agency", "campaign", "publicationStatus", "recordType"] });
    if (f.period) requirePeriod(f.period, "filter.period", ctx.now());
    return paginate(ctx.em, TypicalCase, where, page, "period");
  }

  @Mutation(() => TypicalCase, {
    description: "A leading-group office reports a typical case of its region (OFFICE, inside its region), about a record (recordType, recordId) whose figures are read from its owner",
  })
  async reportTypicalCase(@Arg("input", () => ReportTypicalCaseInput) input: ReportTypicalCaseInput, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, Agency.OFFICE, region);
    const period = requirePeriod(input.period, "input.period", ctx.now());
    const title = requireText(input.title, "input.title", 200);
    const summary = requireText(input.summary, "input.summary", 4000);
    // the record is its owner's fact: asked before the transaction
    const subject = await checkSubject(ctx, input, region);
    return ctx.em.transactional(async (em) => em.create(TypicalCase, { id: newId(), region, period, ...subject, title, summary, createdBy: ctx.identity.sub }));
  }

  @Mutation(() => TypicalCase, { description: "Record that a typical case was published (公开发布): once, on a date not in the future (OFFICE, inside its region)" })
  async publishTypicalCase(@Arg("input", () => PublishTypicalCaseInput) input: PublishTypicalCaseInput, @Ctx() ctx: Context) {
    const id = requireId(input.id, "input.id", "TypicalCase");
    const publishedOn = requirePastDate(input.publishedOn, "input.publishedOn", ctx.now());
    const outlet = requireText(input.outlet, "input.outlet", 200);
    return ctx.em.transactional(async (em) => {
      // locked: two officers publishing at once must not both succeed
      const typical = visible(ctx, await em.findOne(TypicalCase, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
      if (!typical) throw notFound("input.id", "TypicalCase", id);
      assertCanWrite(ctx, Agency.OFFICE, typical.region, "input.id");
      if (typical.publicationStatus === PublicationStatus.PUBLISHED)
        throw badInput("input.id", `was already published on ${typical.publishedOn} (${typical.outlet})`);
      em.assign(typical, { publicationStatus: PublicationStatus.PUBLISHED, publishedOn, outlet, publishedBy: ctx.identity.sub });
      return typical;
    });
  }

  @FieldResolver(() => CaseRecord, { nullable: true, description: "The record it is about, resolved by its owner; null on typical cases reported without one" })
  record(@Root() c: TypicalCase) {
    return c.recordType && c.recordId ? recordRef(c.recordType, c.recordId) : null;
  }

  @FieldResolver(() => TypicalCaseFigures, {
    nullable: true,
    description: "The record's figures (number, region, amount, foreignInvested, campaign, outcome), read from its owner as you may see them; null without a record",
  })
  figures(@Root() c: TypicalCase, @Ctx() ctx: Context) {
    return figuresOfCase(ctx, c);
  }

  @FieldResolver(() => CampaignCode, { nullable: true, description: "The record's campaign; typed only on typical cases without a record" })
  async campaign(@Root() c: TypicalCase, @Ctx() ctx: Context) {
    return c.recordType ? (await figuresOfCase(ctx, c))?.campaign ?? null : c.campaign ?? null;
  }
}
