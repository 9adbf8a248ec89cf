import { Field, InputType } from "type-graphql";
import { DateScalar, DecimalScalar } from "@ipr/shared";
import { SaicCaseCategory } from "../entities/saic-case";

@InputType()
export class RegisterEnterpriseInput {
  @Field(() => String) creditCode!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean) foreignInvested!: boolean;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2; required when foreignInvested" })
  investorCountry?: string | null;
  @Field(() => String) region!: string;
}

@InputType()
export class CreateSaicCaseInput {
  @Field(() => String) caseNumber!: string;
  @Field(() => SaicCaseCategory) category!: SaicCaseCategory;
  @Field(() => String) region!: string;
  @Field(() => DateScalar) openedOn!: string;
  @Field(() => String, { description: "Must be a registered enterprise" }) rightHolderCreditCode!: string;
  @Field(() => String, { nullable: true }) infringerCreditCode?: string | null;
  @Field(() => Boolean) foreignInvested!: boolean;
  @Field(() => DecimalScalar) amountInvolved!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class EnterpriseFilter {
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => String, { nullable: true, description: "Part of the name" }) nameContains?: string | null;
}

@InputType()
export class SaicCaseFilter {
  @Field(() => String, { nullable: true, description: "Region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "openedOn on or after" }) openedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "openedOn on or before" }) openedTo?: string | null;
  @Field(() => SaicCaseCategory, { nullable: true }) category?: SaicCaseCategory | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => String, { nullable: true }) rightHolderCreditCode?: string | null;
}
