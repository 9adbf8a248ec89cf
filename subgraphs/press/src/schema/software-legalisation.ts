import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, RecordCorrection } from "@ipr/shared";
import { SoftwareLegalisationOrgType } from "../entities/software-legalisation-check";

@InputType()
export class RecordSoftwareLegalisationCheckInput {
  @Field(() => String) region!: string;
  @Field(() => DateScalar) checkedOn!: string;
  @Field(() => String) organisationName!: string;
  @Field(() => SoftwareLegalisationOrgType) organisationType!: SoftwareLegalisationOrgType;
  @Field(() => Int, { description: "At least 1" }) computersChecked!: number;
  @Field(() => Int, { description: "At least 0" }) unlicensedCopiesFound!: number;
  @Field(() => DateScalar, { nullable: true, description: "When rectified on the spot; only when unlicensed copies were found" })
  rectifiedOn?: string | null;
}

@InputType()
export class RectifySoftwareLegalisationCheckInput {
  @Field(() => ID) checkId!: string;
  @Field(() => DateScalar, { description: "On or after the inspection" }) rectifiedOn!: string;
}

@InputType()
export class SoftwareLegalisationCheckFilter {
  @Field(() => String, { nullable: true, description: "Region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "checkedOn on or after" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "checkedOn on or before" }) to?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Nothing unlicensed found, or rectified" }) compliant?: boolean | null;
  @Field(() => SoftwareLegalisationOrgType, { nullable: true }) organisationType?: SoftwareLegalisationOrgType | null;
}

/** A correction of an inspection: any of its fields, with a reason. */
@InputType()
export class CorrectSoftwareLegalisationCheckInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => DateScalar, { nullable: true }) checkedOn?: string | null;
  @Field(() => String, { nullable: true }) organisationName?: string | null;
  @Field(() => SoftwareLegalisationOrgType, { nullable: true }) organisationType?: SoftwareLegalisationOrgType | null;
  @Field(() => Int, { nullable: true }) computersChecked?: number | null;
  @Field(() => Int, { nullable: true }) unlicensedCopiesFound?: number | null;
  @Field(() => DateScalar, { nullable: true }) rectifiedOn?: string | null;
}
