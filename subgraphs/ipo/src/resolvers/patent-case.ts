import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Agency, CloseAdminCaseInput, closeAdminCase, Connection, ConnectionArgs, adminCaseWhere, assertNewCaseNumber, checkAdminCase, one, paginate, type Context, type EntityManager,
} from "@ipr/shared";
import { checkPatentFacts } from "../patent-case-checks";
import { Patent } from "../entities/patent";
import { PatentCase } from "../entities/patent-case";
import { findPatentCase } from "../lookups";
import { CreatePatentCaseInput, PatentCaseFilter } from "../schema/inputs";

@ObjectType()
class PatentCaseConnection extends Connection(PatentCase) {}

@Resolver(() => PatentCase)
export class PatentCaseResolver {
  @Query(() => PatentCase, { nullable: true })
  patentCase(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findPatentCase(ctx, id);
  }

  @Query(() => PatentCaseConnection, { description: "Cases in your region, newest opened first" })
  patentCases(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => PatentCaseFilter, { nullable: true }) filter: PatentCaseFilter | null,
    @Ctx() ctx: Context,
  ) {
    const where = adminCaseWhere(ctx, filter, "openedOn", { equal: ["category", "source", "keyField"] });
    return paginate(ctx.em, PatentCase, where, page, "openedOn");
  }

  @Mutation(() => PatentCase, { description: "Close a patent case with its outcome (结案), once, not before its openedOn (IPO only, inside its region)" })
  closePatentCase(@Arg("input", () => CloseAdminCaseInput) input: CloseAdminCaseInput, @Ctx() ctx: Context) {
    return closeAdminCase(ctx, Agency.IPO, PatentCase, input, "openedOn");
  }

  @Mutation(() => PatentCase, { description: "Open a patent infringement or passing-off case (IPO only, inside its region)" })
  async createPatentCase(@Arg("input", () => CreatePatentCaseInput) input: CreatePatentCaseInput, @Ctx() ctx: Context) {
    return ctx.em.transactional((em) => createPatentCase(ctx, em, input));
  }

  @FieldResolver(() => Patent, { nullable: true, description: "The registered patent; null when a passing-off case cites none or one that does not exist" })
  patent(@Root() c: PatentCase, @Ctx() ctx: Context) {
    return c.patentNumber ? one(ctx, Patent, "patentNumber").load(c.patentNumber) : null;
  }
}

/** createPatentCase's work inside its transaction: every creation check, then the case (the bulk import runs it per row). */
export async function createPatentCase(ctx: Context, em: EntityManager, input: CreatePatentCaseInput): Promise<PatentCase> {
  const common = checkAdminCase(ctx, Agency.IPO, input, ["openedOn", input.openedOn]);
  const facts = await checkPatentFacts(ctx, em, input, common);
  await assertNewCaseNumber({ em }, PatentCase, common.caseNumber);
  return em.create(PatentCase, { ...common, ...facts });
}
