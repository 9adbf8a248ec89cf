import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  createUnique, Agency, CloseAdminCaseInput, closeAdminCase, Connection, ConnectionArgs, adminCaseWhere, assertNewCaseNumber, badInput, checkAdminCase,
  paginate, type Context, type EntityManager,
} from "@ipr/shared";
import { Enterprise } from "../entities/foreign";
import { PlantVariety } from "../entities/plant-variety";
import { PlantVarietyCase } from "../entities/plant-variety-case";
import { CreatePlantVarietyCaseInput, PlantVarietyCaseFilter } from "../schema/inputs";
import { checkAgainstRegister, checkPlantVarietyFacts } from "../checks";
import { findPlantVariety, findPlantVarietyCase } from "../lookups";

@ObjectType()
class PlantVarietyCaseConnection extends Connection(PlantVarietyCase) {}

@Resolver(() => PlantVarietyCase)
export class PlantVarietyCaseResolver {
  @Query(() => PlantVarietyCase, { nullable: true })
  plantVarietyCase(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findPlantVarietyCase(ctx, id);
  }

  @Query(() => PlantVarietyCaseConnection, { description: "Cases in your region, newest opened first" })
  plantVarietyCases(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => PlantVarietyCaseFilter, { nullable: true }) filter: PlantVarietyCaseFilter | null,
    @Ctx() ctx: Context,
  ) {
    const where = adminCaseWhere(ctx, filter, "openedOn", {
      equal: ["sector", "category"],
      where: filter?.rightNumber ? { rightNumber: filter.rightNumber.trim() } : {},
    });
    return paginate(ctx.em, PlantVarietyCase, where, page, "openedOn");
  }

  @Mutation(() => PlantVarietyCase, { description: "Close a plant-variety case with its outcome (结案), once, not before its openedOn (AGRICULTURE only, inside its region)" })
  closePlantVarietyCase(@Arg("input", () => CloseAdminCaseInput) input: CloseAdminCaseInput, @Ctx() ctx: Context) {
    return closeAdminCase(ctx, Agency.AGRICULTURE, PlantVarietyCase, input, "openedOn");
  }

  @Mutation(() => PlantVarietyCase, { description: "Open a plant-variety or counterfeit-seed case (AGRICULTURE only, inside its region)" })
  async createPlantVarietyCase(@Arg("input", () => CreatePlantVarietyCaseInput) input: CreatePlantVarietyCaseInput, @Ctx() ctx: Context) {
    const taken = () => badInput("input.caseNumber", `${input.caseNumber.trim()} already exists`);
    // two cases with one number at once: the second loses at the unique index, not at the check
    return createUnique(ctx, taken, (em) => createPlantVarietyCase(ctx, em, input));
  }

  @FieldResolver(() => PlantVariety, { nullable: true, description: "The variety concerned, from the national register" })
  variety(@Root() c: PlantVarietyCase, @Ctx() ctx: Context) {
    return c.rightNumber ? findPlantVariety(ctx, c.rightNumber) : null;
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The right holder on SAIC's register (null when it is not registered there)" })
  rightHolder(@Root() c: PlantVarietyCase): Enterprise {
    return { creditCode: c.rightHolderCreditCode };
  }
}

/** createPlantVarietyCase's work inside its transaction: every creation check, then the case (the bulk import runs it per row). */
export async function createPlantVarietyCase(ctx: Context, em: EntityManager, input: CreatePlantVarietyCaseInput): Promise<PlantVarietyCase> {
  const common = checkAdminCase(ctx, Agency.AGRICULTURE, input, ["openedOn", input.openedOn]);
  const facts = checkPlantVarietyFacts(input);
  await checkAgainstRegister(em, facts.rightNumber, input.sector);
  await assertNewCaseNumber({ em }, PlantVarietyCase, common.caseNumber);
  return em.create(PlantVarietyCase, { ...common, sector: input.sector, category: input.category, ...facts });
}
