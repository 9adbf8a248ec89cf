import { Field, InputType } from "type-graphql";
import { DateScalar, RecordCorrection } from "@ipr/shared";
import { CopyrightWorkType } from "../entities/copyright-work";

@InputType()
export class RegisterCopyrightWorkInput {
  @Field(() => String, { description: "4-60 characters, unique on the register" }) registrationNumber!: string;
  @Field(() => String) title!: string;
  @Field(() => CopyrightWorkType) workType!: CopyrightWorkType;
  @Field(() => String) ownerCreditCode!: string;
  @Field(() => String) ownerName!: string;
  @Field(() => Boolean, { description: "The owner is a foreign-invested enterprise" }) foreignInvested!: boolean;
  @Field(() => DateScalar) registeredOn!: string;
}

@InputType()
export class CopyrightWorkFilter {
  @Field(() => CopyrightWorkType, { nullable: true }) workType?: CopyrightWorkType | null;
  @Field(() => String, { nullable: true }) ownerCreditCode?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => String, { nullable: true, description: "Part of the title" }) titleContains?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "registeredOn on or after" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "registeredOn on or before" }) to?: string | null;
}

@InputType({ description: "Correct a work on the register (PRESS): the fields given; its registration number names it and stays" })
export class CorrectCopyrightWorkInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => CopyrightWorkType, { nullable: true }) workType?: CopyrightWorkType | null;
  @Field(() => String, { nullable: true }) ownerCreditCode?: string | null;
  @Field(() => String, { nullable: true }) ownerName?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => DateScalar, { nullable: true }) registeredOn?: string | null;
}
