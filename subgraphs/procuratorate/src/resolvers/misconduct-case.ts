import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  scopedList, Agency, Connection, ConnectionArgs, assertCanWrite, assertRegion, badInput, newId, paginate, requirePastDate,
  requireText, type Context,
} from "@ipr/shared";
import { MisconductCase } from "../entities/misconduct-case";
import { CriminalCase } from "../entities/foreign";
import { FileMisconductCaseInput, MisconductCaseFilter } from "../schema/misconduct-inputs";
import { findMisconductCase } from "../lookups";
import { policeCase } from "../police";

@ObjectType()
class MisconductCaseConnection extends Connection(MisconductCase) {}

@Resolver(() => MisconductCase)
export class MisconductCaseResolver {
  @Query(() => MisconductCase, { nullable: true })
  misconductCase(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findMisconductCase(ctx, id);
  }

  @Query(() => MisconductCaseConnection, { description: "Duty-crime cases in your region, latest filed first" })
  misconductCases(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => MisconductCaseFilter, { nullable: true }) filter: MisconductCaseFilter | null,
    @Ctx() ctx: Context,
  ) {
    const where = scopedList(ctx, filter, { dates: "filedOn", equal: ["offence", "officialAgency"] });
    return paginate(ctx.em, MisconductCase, where, page, "filedOn");
  }

  @Mutation(() => MisconductCase, { description: "File a duty-crime case against an official behind infringement (PROCURATORATE only, inside its region)" })
  async fileMisconductCase(@Arg("input", () => FileMisconductCaseInput) input: FileMisconductCaseInput, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, Agency.PROCURATORATE, region);
    const caseNumber = requireText(input.caseNumber, "input.caseNumber", 100);
    requirePastDate(input.filedOn, "input.filedOn", ctx.now());
    const officialName = requireText(input.officialName, "input.officialName", 100);
    const officialPosition = requireText(input.officialPosition, "input.officialPosition", 200);
    const description = input.description?.trim() || null;
    // the related criminal case is the police's fact: it must exist and be visible to the caller
    const related = input.relatedCriminalCaseId ? await policeCase(ctx, input.relatedCriminalCaseId, "input.relatedCriminalCaseId") : null;
    return ctx.em.transactional(async (em) => {
      // the unique index backs this up when two filings race (formatError names input.caseNumber)
      if (await em.findOne(MisconductCase, { caseNumber })) throw badInput("input.caseNumber", `${caseNumber} already exists`);
      return em.create(MisconductCase, {
        id: newId(), caseNumber, region, filedOn: input.filedOn, offence: input.offence, officialName, officialPosition,
        officialAgency: input.officialAgency ?? null, relatedCriminalCaseId: related?.id.toLowerCase() ?? null, description,
      });
    });
  }

  @FieldResolver(() => String, { description: "The official's name; masked outside POLICE, PROCURATORATE and COURTS" })
  officialName(@Root() c: MisconductCase) {
    return c.officialName;
  }

  @FieldResolver(() => CriminalCase, { nullable: true, description: "The police's criminal case of the infringement behind it" })
  relatedCriminalCase(@Root() c: MisconductCase) {
    return c.relatedCriminalCaseId ? { id: c.relatedCriminalCaseId } : null;
  }
}
