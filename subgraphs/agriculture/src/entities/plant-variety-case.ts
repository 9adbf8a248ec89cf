import { Entity, Enum, Property } from "@mikro-orm/core";
import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { AdminCase, AmountField, DateField } from "@ipr/shared";
import { PlantVarietySector } from "./plant-variety";

/** The offences of action plan task (5): infringing variety rights, making and selling counterfeit seeds and seedlings. */
export enum PlantVarietyCaseCategory {
  VARIETY_RIGHT_INFRINGEMENT = "VARIETY_RIGHT_INFRINGEMENT",
  COUNTERFEIT_SEEDS = "COUNTERFEIT_SEEDS",
  VARIETY_NAME_MISUSE = "VARIETY_NAME_MISUSE",
}
registerEnumType(PlantVarietyCaseCategory, {
  name: "PlantVarietyCaseCategory",
  description: "What a plant-variety case is about",
  valuesConfig: {
    VARIETY_RIGHT_INFRINGEMENT: { description: "Infringing a plant-variety right (侵犯品种权); names the variety" },
    COUNTERFEIT_SEEDS: { description: "Making or selling counterfeit seeds or seedlings (制售假冒种子种苗); states a quantity" },
    VARIETY_NAME_MISUSE: { description: "Passing off the denomination of a protected variety (假冒授权品种名称)" },
  },
});

/** An administrative case of the agriculture or forestry administration. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An administrative case of agriculture or forestry: plant-variety rights and counterfeit seeds and seedlings" })
@Entity({ tableName: "plant_variety_case" })
export class PlantVarietyCase extends AdminCase {
  @DateField({ description: "Date the case was opened (立案); the monthly table counts by it", index: true })
  openedOn!: string;

  @Field(() => PlantVarietySector, { description: "The administration that handles the case" })
  @Enum({ items: () => PlantVarietySector, index: true })
  sector!: PlantVarietySector;

  @Field(() => PlantVarietyCaseCategory)
  @Enum({ items: () => PlantVarietyCaseCategory, index: true })
  category!: PlantVarietyCaseCategory;

  @Field(() => String, { nullable: true, description: "Right number (品种权号) of the variety concerned: always set for VARIETY_RIGHT_INFRINGEMENT" })
  @Property({ type: "string", length: 30, nullable: true, index: true })
  rightNumber?: string | null;

  // numeric(18,2) like an amount, but the unit is kilograms, not yuan
  @AmountField({ nullable: true, description: "Seeds involved, in KILOGRAMS (not yuan), at most two decimals" })
  seedQuantityKg?: string | null;

  @Field(() => Int, { nullable: true, description: "Seedlings involved (种苗, e.g. forestry saplings), in plants" })
  @Property({ type: "integer", nullable: true })
  seedlingCount?: number | null;
}
