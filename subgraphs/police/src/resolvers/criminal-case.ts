import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  scopedList, createUnique, Agency, Connection, ConnectionArgs, assertCanWrite, assertRegion, badInput, many, newId, paginate,
  requireCreditCode, requirePastDate, requirePositiveAmount, requireText, type Context,
} from "@ipr/shared";
import { CriminalCase } from "../entities/criminal-case";
import { Person } from "../entities/person";
import { CriminalCaseFilter, FileCriminalCaseInput } from "../schema/inputs";
import { findCriminalCase } from "../lookups";
import { checkSuspects } from "../suspects";

@ObjectType()
class CriminalCaseConnection extends Connection(CriminalCase) {}

@Resolver(() => CriminalCase)
export class CriminalCaseResolver {
  @Query(() => CriminalCase, { nullable: true })
  criminalCase(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findCriminalCase(ctx, id);
  }

  @Query(() => CriminalCaseConnection, { description: "Cases in your region, newest filed first" })
  criminalCases(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => CriminalCaseFilter, { nullable: true }) filter: CriminalCaseFilter | null,
    @Ctx() ctx: Context,
  ) {
    const where = scopedList(ctx, filter, { dates: ["filedOn", "filedFrom", "filedTo"], equal: ["offence", "foreignInvested", "campaign"] });
    return paginate(ctx.em, CriminalCase, where, page, "filedOn");
  }

  @Mutation(() => CriminalCase, { description: "File a criminal case with its suspects (POLICE only, inside its region)" })
  async fileCriminalCase(@Arg("input", () => FileCriminalCaseInput) input: FileCriminalCaseInput, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, Agency.POLICE, region);
    const filingNumber = requireText(input.filingNumber, "input.filingNumber", 100);
    requirePastDate(input.filedOn, "input.filedOn", ctx.now());
    requirePositiveAmount(input.amountInvolved, "input.amountInvolved");
    requireCreditCode(input.rightHolderCreditCode, "input.rightHolderCreditCode");
    const suspects = checkSuspects(input.suspects, ctx.now());
    const taken = () => badInput("input.filingNumber", `${filingNumber} already exists`);
    // two filings of the same number at once: the second loses at the unique index, not at the check
    return createUnique(ctx, taken, async (em) => {
      if (await em.findOne(CriminalCase, { filingNumber })) throw taken();
      const criminalCase = em.create(CriminalCase, {
        id: newId(),
        filingNumber,
        offence: input.offence,
        region,
        filedOn: input.filedOn,
        amountInvolved: input.amountInvolved,
        rightHolderCreditCode: input.rightHolderCreditCode,
        foreignInvested: input.foreignInvested,
        campaign: input.campaign ?? null,
      });
      suspects.forEach((s, position) => em.create(Person, { id: newId(), criminalCase, region, position, ...s }));
      return criminalCase;
    });
  }

  @FieldResolver(() => [Person], { description: "In the order the filing lists them" })
  suspects(@Root() c: CriminalCase, @Ctx() ctx: Context) {
    return many(ctx, Person, "criminalCase", { position: "asc" }).load(c.id);
  }
}
