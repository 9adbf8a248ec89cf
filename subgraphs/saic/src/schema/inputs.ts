import { Field, InputType } from "type-graphql";
import { AdminCaseFilter, AdminCaseInput, DateScalar } from "@ipr/shared";
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
export class CreateSaicCaseInput extends AdminCaseInput {
  @Field(() => SaicCaseCategory) category!: SaicCaseCategory;
  @Field(() => DateScalar) openedOn!: string;
}

@InputType()
export class EnterpriseFilter {
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => String, { nullable: true, description: "Part of the name" }) nameContains?: string | null;
}

@InputType()
export class SaicCaseFilter extends AdminCaseFilter {
  @Field(() => SaicCaseCategory, { nullable: true }) category?: SaicCaseCategory | null;
}
