import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Agency, CloseAdminCaseInput, closeAdminCase, CampaignCode, Connection, ConnectionArgs, adminCaseWhere, assertNewCaseNumber, badInput, checkAdminCase, notFound, one,
  paginate, requireNotBefore, type Context,
} from "@ipr/shared";
import { Patent } from "../entities/patent";
import { PatentCase, PatentCaseCategory } from "../entities/patent-case";
import { findPatentCase } from "../lookups";
import { requirePatentNumber } from "../patent-number";
import { CreatePatentCaseInput, PatentCaseFilter } from "../schema/inputs";

@ObjectType()
class PatentCaseConnection extends Connection(PatentCase) {}

/** The campaigns a patent case can belong to: the action plan itself and IPO's own "Thunder" (雷霆). */
const IPO_CAMPAIGNS: readonly CampaignCode[] = [CampaignCode.FOREIGN_INVESTED_IP_2017, CampaignCode.THUNDER];

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
    const common = checkAdminCase(ctx, Agency.IPO, input, ["openedOn", input.openedOn]);
    if (input.campaign && !IPO_CAMPAIGNS.includes(input.campaign))
      throw badInput("input.campaign", `${input.campaign} is not a campaign of the patent administration (${IPO_CAMPAIGNS.join(", ")})`);
    // passing off often cites a patent that does not exist, so there the number is only checked for form
    const cited = input.patentNumber?.trim() ? requirePatentNumber(input.patentNumber, "input.patentNumber", ctx.now()) : null;
    const infringement = input.category === PatentCaseCategory.INFRINGEMENT;
    if (infringement && !cited) throw badInput("input.patentNumber", "is required for an infringement case");
    return ctx.em.transactional(async (em) => {
      if (infringement && cited) {
        const patent = await em.findOne(Patent, { patentNumber: cited.patentNumber });
        if (!patent) throw notFound("input.patentNumber", "registered patent", cited.patentNumber);
        // a patent can be infringed only once granted, and not by its own patentee
        requireNotBefore(input.openedOn, "input.openedOn", patent.grantedOn, `the grant of ${patent.patentNumber}`);
        if (common.infringerCreditCode === patent.holderCreditCode)
          throw badInput("input.infringerCreditCode", `is the patentee of ${patent.patentNumber}`);
        if (input.rightHolderCreditCode === patent.holderCreditCode && input.foreignInvested !== patent.foreignInvested)
          throw badInput("input.foreignInvested", `the register says ${patent.holderName} is ${patent.foreignInvested ? "" : "not "}foreign-invested`);
      }
      await assertNewCaseNumber({ em }, PatentCase, common.caseNumber);
      return em.create(PatentCase, {
        ...common,
        category: input.category,
        source: input.source,
        keyField: input.keyField ?? null,
        patentNumber: cited?.patentNumber ?? null,
      });
    });
  }

  @FieldResolver(() => Patent, { nullable: true, description: "The registered patent; null when a passing-off case cites none or one that does not exist" })
  patent(@Root() c: PatentCase, @Ctx() ctx: Context) {
    return c.patentNumber ? one(ctx, Patent, "patentNumber").load(c.patentNumber) : null;
  }
}
