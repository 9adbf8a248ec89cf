import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { scopedList, createUnique, assertAgency, Agency, Connection, ConnectionArgs, badInput, canRead, many, paginate, requireCreditCode, requirePastDate, requireText, type Context } from "@ipr/shared";
import { Enterprise } from "../entities/foreign";
import { PlantVariety } from "../entities/plant-variety";
import { PlantVarietyCase } from "../entities/plant-variety-case";
import { PlantVarietyFilter, RegisterPlantVarietyInput } from "../schema/inputs";
import { requireRightNumber, checkPlantVariety } from "../checks";
import { findPlantVariety } from "../lookups";

@ObjectType()
class PlantVarietyConnection extends Connection(PlantVariety) {}

@Resolver(() => PlantVariety)
export class PlantVarietyResolver {
  @Query(() => PlantVariety, { nullable: true, description: "The register is national: any agency may look a variety up" })
  plantVariety(@Arg("rightNumber", () => String) rightNumber: string, @Ctx() ctx: Context) {
    return findPlantVariety(ctx, rightNumber.trim());
  }

  @Query(() => PlantVarietyConnection, { description: "The national register, most recently granted first" })
  plantVarieties(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => PlantVarietyFilter, { nullable: true }) filter: PlantVarietyFilter | null,
    @Ctx() ctx: Context,
  ) {
    // the register is national: no region scope
    const where = scopedList(ctx, filter, {
      region: false,
      equal: ["sector", "holderCreditCode"],
      where: filter?.species ? { species: filter.species.trim() } : {},
    });
    return paginate(ctx.em, PlantVariety, where, page, "grantedOn", "rightNumber");
  }

  @Mutation(() => PlantVariety, { description: "Put a granted variety on the national register (AGRICULTURE only, which includes forestry officers)" })
  async registerPlantVariety(@Arg("input", () => RegisterPlantVarietyInput) input: RegisterPlantVarietyInput, @Ctx() ctx: Context) {
    // the register has no region: any agriculture or forestry officer keeps it, nobody else
    const columns = checkPlantVariety(ctx, input);
    const { rightNumber } = columns;
    const taken = () => badInput("input.rightNumber", `${rightNumber} is already registered`);
    // two registrations at once: the second loses at the primary key, not at the check
    return createUnique(ctx, taken, async (em) => {
      if (await em.findOne(PlantVariety, { rightNumber })) throw taken();
      return em.create(PlantVariety, columns);
    });
  }

  @FieldResolver(() => [PlantVarietyCase], { description: "Cases concerning this variety in your region, newest opened first" })
  cases(@Root() variety: PlantVariety, @Ctx() ctx: Context) {
    return many(ctx, PlantVarietyCase, "rightNumber", { openedOn: "desc", id: "desc" })
      .load(variety.rightNumber)
      .then((cases) => cases.filter((c) => canRead(ctx.identity, c.region)));
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The right holder on SAIC's register (null when it is not registered there)" })
  holder(@Root() variety: PlantVariety): Enterprise {
    return { creditCode: variety.holderCreditCode };
  }
}
