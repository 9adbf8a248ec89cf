import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { scopedList, createUnique, Connection, ConnectionArgs, WITH_WITHDRAWN, many, newId, paginate, type Context, type EntityManager } from "@ipr/shared";
import { CriminalCase } from "../entities/criminal-case";
import { Person } from "../entities/person";
import { CriminalCaseFilter, FileCriminalCaseInput } from "../schema/inputs";
import { findCriminalCase } from "../lookups";
import { checkSuspects } from "../suspects";
import { checkCriminalCase, filingNumberTaken } from "../criminal-case-checks";

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
    const taken = () => filingNumberTaken(input.filingNumber.trim());
    // two filings of the same number at once: the second loses at the unique index, not at the check
    return createUnique(ctx, taken, (em) => fileCriminalCase(ctx, em, input));
  }

  @FieldResolver(() => [Person], { description: "In the order the filing lists them" })
  suspects(@Root() c: CriminalCase, @Ctx() ctx: Context) {
    return many(ctx, Person, "criminalCase", { position: "asc" }).load(c.id);
  }
}

/** fileCriminalCase's work inside its transaction: every filing check, then the case and its suspects (the bulk import runs it per row). */
export async function fileCriminalCase(ctx: Context, em: EntityManager, input: FileCriminalCaseInput): Promise<CriminalCase> {
  const columns = checkCriminalCase(ctx, input);
  const suspects = checkSuspects(input.suspects, ctx.now());
  // a withdrawn case keeps its number
  if (await em.findOne(CriminalCase, { filingNumber: columns.filingNumber }, WITH_WITHDRAWN)) throw filingNumberTaken(columns.filingNumber);
  const criminalCase = em.create(CriminalCase, { id: newId(), ...columns });
  suspects.forEach((s, position) => em.create(Person, { id: newId(), criminalCase, region: columns.region, position, ...s }));
  return criminalCase;
}
