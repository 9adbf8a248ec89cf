import { ArgsType, Field, InputType, Int } from "type-graphql";
import { AdminCaseCorrection, RecordCorrection, AdminCaseFilter, AdminCaseInput, DateScalar, DecimalScalar, FreeText, ShortText } from "@ipr/shared";
import { PostalControl } from "../entities/postal-interception";

@InputType({ description: "An intercepted parcel; caseNumber is the interception record number" })
export class RecordPostalInterceptionInput extends AdminCaseInput {
  @Field(() => DateScalar) interceptedOn!: string;
  @Field(() => String, { description: "Waybill number: 8-40 of A-Z, 0-9 and -" }) trackingNumber!: string;
  @Field(() => String) courierCreditCode!: string;
  @Field(() => String) courierName!: string;
  @Field(() => String, { description: "6-digit GB/T 2260 region code, or ISO 3166-1 alpha-2 country code when abroad" }) origin!: string;
  @Field(() => String, { description: "6-digit GB/T 2260 region code, or ISO 3166-1 alpha-2 country code when abroad" }) destination!: string;
  @Field(() => Boolean, { description: "Cross-border e-commerce (海淘); then origin or destination must be abroad" }) crossBorderECommerce!: boolean;
  @Field(() => PostalControl) control!: PostalControl;
  @ShortText(500) goods!: string;
  @Field(() => Int, { description: "At least 1" }) itemCount!: number;
}

@InputType({ description: "from/to apply to interceptedOn" })
export class PostalInterceptionFilter extends AdminCaseFilter {
  @Field(() => PostalControl, { nullable: true }) control?: PostalControl | null;
  @Field(() => Boolean, { nullable: true }) crossBorderECommerce?: boolean | null;
  @Field(() => String, { nullable: true }) courierCreditCode?: string | null;
}

@InputType()
export class RecordCourierComplianceCheckInput {
  @Field(() => String) region!: string;
  @Field(() => DateScalar) checkedOn!: string;
  @Field(() => String) courierCreditCode!: string;
  @Field(() => String) courierName!: string;
  @Field(() => String, { description: "The branch or outlet (网点) checked" }) outletName!: string;
  @Field(() => Boolean, { description: "Inspection on receipt (收寄验视) was applied" }) inspectionOnReceipt!: boolean;
  @Field(() => Boolean, { description: "Real-name sending (实名收寄) was applied" }) realName!: boolean;
  @Field(() => Boolean, { description: "X-ray screening (过机安检) was applied" }) xray!: boolean;
  @FreeText(2000, { nullable: true, description: "Required when a penalty is imposed" }) violations?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Not negative" }) penaltyAmount?: string | null;
}

@InputType()
export class CourierComplianceCheckFilter {
  @Field(() => String, { nullable: true, description: "Region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "checkedOn on or after" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "checkedOn on or before" }) to?: string | null;
  @Field(() => String, { nullable: true }) courierCreditCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: "All three controls applied (true) or at least one missing (false)" }) compliant?: boolean | null;
}

/** The summary's arguments, as a class so they print in the order region, from, to. */
@ArgsType()
export class CourierComplianceSummaryArgs {
  @Field(() => String, { description: "Region code: a province includes its cities, 000000 is national" }) region!: string;
  @Field(() => DateScalar, { description: "checkedOn on or after" }) from!: string;
  @Field(() => DateScalar, { description: "checkedOn on or before" }) to!: string;
}

/** A correction of an interception: any of its fields, with a reason; the rest stay as they are. */
@InputType()
export class CorrectPostalInterceptionInput extends AdminCaseCorrection {
  @Field(() => DateScalar, { nullable: true }) interceptedOn?: string | null;
  @Field(() => String, { nullable: true }) trackingNumber?: string | null;
  @Field(() => String, { nullable: true }) courierCreditCode?: string | null;
  @Field(() => String, { nullable: true }) courierName?: string | null;
  @Field(() => String, { nullable: true }) origin?: string | null;
  @Field(() => String, { nullable: true }) destination?: string | null;
  @Field(() => Boolean, { nullable: true }) crossBorderECommerce?: boolean | null;
  @Field(() => PostalControl, { nullable: true }) control?: PostalControl | null;
  @ShortText(500, { nullable: true }) goods?: string | null;
  @Field(() => Int, { nullable: true }) itemCount?: number | null;
}

/** A correction of a compliance check: any of its fields, with a reason. */
@InputType()
export class CorrectCourierComplianceCheckInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => DateScalar, { nullable: true }) checkedOn?: string | null;
  @Field(() => String, { nullable: true }) courierCreditCode?: string | null;
  @Field(() => String, { nullable: true }) courierName?: string | null;
  @Field(() => String, { nullable: true }) outletName?: string | null;
  @Field(() => Boolean, { nullable: true }) inspectionOnReceipt?: boolean | null;
  @Field(() => Boolean, { nullable: true }) realName?: boolean | null;
  @Field(() => Boolean, { nullable: true }) xray?: boolean | null;
  @FreeText(2000, { nullable: true }) violations?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) penaltyAmount?: string | null;
}
