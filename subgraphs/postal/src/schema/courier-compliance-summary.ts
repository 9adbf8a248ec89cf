import { Field, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "@ipr/shared";
import { Enterprise } from "../entities/foreign";

/** One courier's checks over a period: counts, so rates are exact fractions the reader divides (never floats). */
@ObjectType({ description: "A courier enterprise's compliance checks over a period, in a region" })
export class CourierComplianceSummary {
  @Field(() => String) courierCreditCode!: string;
  @Field(() => String, { description: "The name recorded at the courier's latest check in the period" }) courierName!: string;
  @Field(() => Enterprise, { nullable: true, description: "The courier enterprise, as SAIC's register knows it" }) courier!: Enterprise;
  @Field(() => Int, { description: "Checks in the period" }) checks!: number;
  @Field(() => Int, { description: "Checks that found all three controls applied" }) compliantChecks!: number;
  @Field(() => Int, { description: "Checks that found inspection on receipt (收寄验视) applied" }) inspectionOnReceiptApplied!: number;
  @Field(() => Int, { description: "Checks that found real-name sending (实名收寄) applied" }) realNameApplied!: number;
  @Field(() => Int, { description: "Checks that found X-ray screening (过机安检) applied" }) xrayApplied!: number;
  @Field(() => DecimalScalar, { description: "Penalties imposed at these checks, yuan" }) penaltyAmount!: string;
}
