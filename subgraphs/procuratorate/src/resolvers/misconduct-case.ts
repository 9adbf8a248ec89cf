import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { scopedList, Connection, ConnectionArgs, WITH_WITHDRAWN, badInput, newId, paginate, type Context } from "@ipr/shared";
import { MisconductCase } from "../entities/misconduct-case";
import { CriminalCase } from "../entities/foreign";
import { FileMisconductCaseInput, MisconductCaseFilter } from "../schema/misconduct-inputs";
import { findMisconductCase } from "../lookups";
import { checkMisconductCase } from "../misconduct-checks";

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
    const columns = await checkMisconductCase(ctx, input);
    return ctx.em.transactional(async (em) => {
      // the unique index backs this up when two filings race (formatError names input.caseNumber)
      if (await em.findOne(MisconductCase, { caseNumber: columns.caseNumber }, WITH_WITHDRAWN)) throw badInput("input.caseNumber", `${columns.caseNumber} already exists`);
      return em.create(MisconductCase, { id: newId(), ...columns });
    });
  }

  @FieldResolver(() => String, { description: "The official's name (personal data); masked outside POLICE, PROCURATORATE and COURTS" })
  officialName(@Root() c: MisconductCase) {
    return c.officialName;
  }

  @FieldResolver(() => CriminalCase, { nullable: true, description: "The police's criminal case of the infringement behind it" })
  relatedCriminalCase(@Root() c: MisconductCase) {
    return c.relatedCriminalCaseId ? { id: c.relatedCriminalCaseId } : null;
  }
}
