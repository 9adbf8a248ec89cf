import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Agency, CloseAdminCaseInput, closeAdminCase, Connection, ConnectionArgs, adminCaseWhere, assertNewCaseNumber, checkAdminCase, one, paginate,
  type Context, type EntityManager,
} from "@ipr/shared";
import { CopyrightCase } from "../entities/copyright-case";
import { CopyrightWork } from "../entities/copyright-work";
import { Enterprise } from "../entities/foreign";
import { CopyrightCaseFilter, CreateCopyrightCaseInput } from "../schema/copyright-case";
import { checkAgainstRegister, checkCopyrightFacts } from "../case-rules";
import { findCopyrightCase } from "../lookups";

@ObjectType()
class CopyrightCaseConnection extends Connection(CopyrightCase) {}

@Resolver(() => CopyrightCase)
export class CopyrightCaseResolver {
  @Query(() => CopyrightCase, { nullable: true })
  copyrightCase(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findCopyrightCase(ctx, id);
  }

  @Query(() => CopyrightCaseConnection, { description: "Cases in your region, newest opened first" })
  copyrightCases(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => CopyrightCaseFilter, { nullable: true }) filter: CopyrightCaseFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    const where = adminCaseWhere(ctx, f, "openedOn", {
      equal: ["workType", "online", "platformType"],
      where: f.registrationNumber ? { registrationNumber: f.registrationNumber.trim() } : {},
    });
    return paginate(ctx.em, CopyrightCase, where, page, "openedOn");
  }

  @Mutation(() => CopyrightCase, { description: "Close a copyright case with its outcome (结案), once, not before its openedOn (PRESS only, inside its region)" })
  closeCopyrightCase(@Arg("input", () => CloseAdminCaseInput) input: CloseAdminCaseInput, @Ctx() ctx: Context) {
    return closeAdminCase(ctx, Agency.PRESS, CopyrightCase, input, "openedOn");
  }

  @Mutation(() => CopyrightCase, { description: "Open a copyright-infringement case, online or offline (PRESS only, inside its region)" })
  async createCopyrightCase(@Arg("input", () => CreateCopyrightCaseInput) input: CreateCopyrightCaseInput, @Ctx() ctx: Context) {
    return ctx.em.transactional((em) => createCopyrightCase(ctx, em, input));
  }

  @FieldResolver(() => CopyrightWork, { nullable: true, description: "The infringed work on the register" })
  work(@Root() c: CopyrightCase, @Ctx() ctx: Context) {
    return c.registrationNumber ? one(ctx, CopyrightWork, "registrationNumber").load(c.registrationNumber) : null;
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The right holder on the market-regulation register (SAIC resolves it; null when not on it)" })
  rightHolder(@Root() c: CopyrightCase): Enterprise {
    return { creditCode: c.rightHolderCreditCode };
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The infringer, when it is a registered enterprise (SAIC resolves it)" })
  infringer(@Root() c: CopyrightCase): Enterprise | null {
    return c.infringerCreditCode ? { creditCode: c.infringerCreditCode } : null;
  }
}

/** createCopyrightCase's work inside its transaction: every creation check, then the case (the bulk import runs it per row). */
export async function createCopyrightCase(ctx: Context, em: EntityManager, input: CreateCopyrightCaseInput): Promise<CopyrightCase> {
  const common = checkAdminCase(ctx, Agency.PRESS, input, ["openedOn", input.openedOn]);
  const facts = checkCopyrightFacts(input);
  await checkAgainstRegister(em, facts, common);
  await assertNewCaseNumber({ em }, CopyrightCase, common.caseNumber);
  return em.create(CopyrightCase, { ...common, ...facts });
}
