import { Field, InputType, Int } from "type-graphql";
import { AdminCaseCorrection, AdminCaseFilter, AdminCaseInput, DateScalar, DecimalScalar, RecordCorrection } from "@ipr/shared";
import { PlantVarietySector } from "../entities/plant-variety";
import { PlantVarietyCaseCategory } from "../entities/plant-variety-case";

@InputType()
export class RegisterPlantVarietyInput {
  @Field(() => String, { description: "Right number (品种权号): 4-30 characters of A-Z, 0-9 and '.'" }) rightNumber!: string;
  @Field(() => String) denomination!: string;
  @Field(() => String) species!: string;
  @Field(() => PlantVarietySector) sector!: PlantVarietySector;
  @Field(() => String) holderCreditCode!: string;
  @Field(() => String) holderName!: string;
  @Field(() => Boolean) foreignInvested!: boolean;
  @Field(() => DateScalar) grantedOn!: string;
}

@InputType()
export class PlantVarietyFilter {
  @Field(() => PlantVarietySector, { nullable: true }) sector?: PlantVarietySector | null;
  @Field(() => String, { nullable: true, description: "Exact species, e.g. 玉米" }) species?: string | null;
  @Field(() => String, { nullable: true }) holderCreditCode?: string | null;
}

@InputType()
export class CreatePlantVarietyCaseInput extends AdminCaseInput {
  @Field(() => PlantVarietySector) sector!: PlantVarietySector;
  @Field(() => PlantVarietyCaseCategory) category!: PlantVarietyCaseCategory;
  @Field(() => DateScalar) openedOn!: string;
  @Field(() => String, { nullable: true, description: "A registered variety of the same sector; required for VARIETY_RIGHT_INFRINGEMENT" })
  rightNumber?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Kilograms of seed (not yuan); COUNTERFEIT_SEEDS needs this or seedlingCount" })
  seedQuantityKg?: string | null;
  @Field(() => Int, { nullable: true, description: "Number of seedlings; COUNTERFEIT_SEEDS needs this or seedQuantityKg" })
  seedlingCount?: number | null;
}

@InputType()
export class PlantVarietyCaseFilter extends AdminCaseFilter {
  @Field(() => PlantVarietySector, { nullable: true }) sector?: PlantVarietySector | null;
  @Field(() => PlantVarietyCaseCategory, { nullable: true }) category?: PlantVarietyCaseCategory | null;
  @Field(() => String, { nullable: true, description: "Cases concerning this variety" }) rightNumber?: string | null;
}

/** A correction of a plant-variety case: any of its fields, with a reason; the rest stay as they are. */
@InputType()
export class CorrectPlantVarietyCaseInput extends AdminCaseCorrection {
  @Field(() => PlantVarietySector, { nullable: true }) sector?: PlantVarietySector | null;
  @Field(() => PlantVarietyCaseCategory, { nullable: true }) category?: PlantVarietyCaseCategory | null;
  @Field(() => DateScalar, { nullable: true }) openedOn?: string | null;
  @Field(() => String, { nullable: true }) rightNumber?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) seedQuantityKg?: string | null;
  @Field(() => Int, { nullable: true }) seedlingCount?: number | null;
}

@InputType({ description: "Correct a variety on the register (AGRICULTURE): the fields given; its right number names it and stays" })
export class CorrectPlantVarietyInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) denomination?: string | null;
  @Field(() => String, { nullable: true }) species?: string | null;
  @Field(() => PlantVarietySector, { nullable: true }) sector?: PlantVarietySector | null;
  @Field(() => String, { nullable: true }) holderCreditCode?: string | null;
  @Field(() => String, { nullable: true }) holderName?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => DateScalar, { nullable: true }) grantedOn?: string | null;
}
