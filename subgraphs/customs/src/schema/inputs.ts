import { Field, ID, InputType, Int } from "type-graphql";
import { AdminCaseCorrection, RecordCorrection, AdminCaseFilter, AdminCaseInput, DateScalar, DecimalScalar, ShortText } from "@ipr/shared";
import { CustomsRightType } from "../entities/customs-recordation";
import { CustomsDirection, CustomsProtectionBasis } from "../entities/customs-seizure";

@InputType()
export class RecordCustomsRecordationInput {
  @Field(() => String, { description: "e.g. T2017-12345: T trademark, P patent, C copyright, the year, a serial" }) recordationNumber!: string;
  @Field(() => CustomsRightType) rightType!: CustomsRightType;
  @Field(() => String, { description: "Trademark registration number, patent number or copyright registration number" }) rightNumber!: string;
  @Field(() => String) holderCreditCode!: string;
  @Field(() => String) holderName!: string;
  @Field(() => Boolean, { description: "The holder is a foreign-invested enterprise" }) foreignInvested!: boolean;
  @Field(() => DateScalar, { description: "Date the recordation was approved; validUntil is computed from it" }) recordedOn!: string;
}

@InputType()
export class RenewCustomsRecordationInput {
  @Field(() => ID) recordationId!: string;
  @Field(() => DateScalar, { description: "Date the renewal was approved: no earlier than six months before validUntil" }) renewedOn!: string;
}

@InputType()
export class CustomsRecordationFilter {
  @Field(() => CustomsRightType, { nullable: true }) rightType?: CustomsRightType | null;
  @Field(() => String, { nullable: true }) holderCreditCode?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only recordations valid on this day" }) validOn?: string | null;
}

@InputType()
export class RecordCustomsSeizureInput extends AdminCaseInput {
  @Field(() => DateScalar) seizedOn!: string;
  @Field(() => CustomsDirection) direction!: CustomsDirection;
  @Field(() => String, { description: "The customs port, e.g. 深圳湾海关" }) port!: string;
  @ShortText(500) goods!: string;
  @Field(() => Int, { description: "Number of items, more than zero" }) quantity!: number;
  @Field(() => DecimalScalar, { description: "Declared value of the goods, yuan, not negative" }) declaredValue!: string;
  @Field(() => CustomsProtectionBasis) basis!: CustomsProtectionBasis;
  @Field(() => ID, { nullable: true, description: "Required for EX_OFFICIO: a recordation of the right holder valid on seizedOn" })
  recordationId?: string | null;
  @Field(() => ID, { nullable: true, description: "The joint operation the detention was made in, if any" }) jointOperationId?: string | null;
}

@InputType()
export class CustomsSeizureFilter extends AdminCaseFilter {
  @Field(() => CustomsDirection, { nullable: true }) direction?: CustomsDirection | null;
  @Field(() => CustomsProtectionBasis, { nullable: true }) basis?: CustomsProtectionBasis | null;
  @Field(() => ID, { nullable: true }) jointOperationId?: string | null;
}

@InputType()
export class RecordCustomsJointOperationInput {
  @Field(() => String) name!: string;
  @Field(() => [String], { description: "At least one partner organisation or foreign agency" }) partners!: string[];
  @Field(() => DateScalar) startedOn!: string;
  @Field(() => DateScalar, { nullable: true, description: "Null while the operation runs" }) endedOn?: string | null;
}

@InputType()
export class CustomsJointOperationFilter {
  @Field(() => DateScalar, { nullable: true, description: "Only operations running on this day" }) activeOn?: string | null;
  @Field(() => String, { nullable: true, description: "Only operations with this partner (exact name)" }) partner?: string | null;
}

/** A correction of a detention: any of its fields, with a reason; the rest stay as they are (null clears a recordation or operation). */
@InputType()
export class CorrectCustomsSeizureInput extends AdminCaseCorrection {
  @Field(() => DateScalar, { nullable: true }) seizedOn?: string | null;
  @Field(() => CustomsDirection, { nullable: true }) direction?: CustomsDirection | null;
  @Field(() => String, { nullable: true }) port?: string | null;
  @ShortText(500, { nullable: true }) goods?: string | null;
  @Field(() => Int, { nullable: true }) quantity?: number | null;
  @Field(() => DecimalScalar, { nullable: true }) declaredValue?: string | null;
  @Field(() => CustomsProtectionBasis, { nullable: true }) basis?: CustomsProtectionBasis | null;
  @Field(() => ID, { nullable: true }) recordationId?: string | null;
  @Field(() => ID, { nullable: true }) jointOperationId?: string | null;
}

/** A correction of a recordation's holder or right number; its number, right type and dates are not correctable. */
@InputType()
export class CorrectCustomsRecordationInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) rightNumber?: string | null;
  @Field(() => String, { nullable: true }) holderCreditCode?: string | null;
  @Field(() => String, { nullable: true }) holderName?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
}

/** A correction of a joint operation: any of its fields, with a reason. */
@InputType()
export class CorrectCustomsJointOperationInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => [String], { nullable: true }) partners?: string[] | null;
  @Field(() => DateScalar, { nullable: true }) startedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) endedOn?: string | null;
}
