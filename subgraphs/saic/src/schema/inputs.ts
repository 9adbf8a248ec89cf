import { Field, InputType, Int } from "type-graphql";
import { AdminCaseCorrection, RecordCorrection, AdminCaseFilter, AdminCaseInput, DateScalar, DecimalScalar } from "@ipr/shared";
import { SaicCaseCategory, TrademarkViolation } from "../entities/saic-case";

@InputType()
export class RegisterEnterpriseInput {
  @Field(() => String) creditCode!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "Registered address (住所)" }) address?: string | null;
  @Field(() => Boolean) foreignInvested!: boolean;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2; required when foreignInvested" })
  investorCountry?: string | null;
  @Field(() => String) region!: string;
}

@InputType()
export class CreateSaicCaseInput extends AdminCaseInput {
  @Field(() => SaicCaseCategory) category!: SaicCaseCategory;
  @Field(() => DateScalar) openedOn!: string;
  @Field(() => TrademarkViolation, { nullable: true, description: "Required for TRADEMARK cases" }) trademarkViolation?: TrademarkViolation | null;
  @Field(() => String, { nullable: true, description: "A registered trademark of the right holder" }) trademarkRegistrationNumber?: string | null;
  @Field(() => Boolean, { nullable: true }) online?: boolean | null;
  @Field(() => DecimalScalar, { nullable: true }) illegalGains?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "For TRADE_SECRET cases" }) rightHolderLoss?: string | null;
}

/** A correction of a case: any of its fields, with a reason; the rest stay as they are. */
@InputType()
export class CorrectSaicCaseInput extends AdminCaseCorrection {
  @Field(() => SaicCaseCategory, { nullable: true }) category?: SaicCaseCategory | null;
  @Field(() => DateScalar, { nullable: true }) openedOn?: string | null;
  @Field(() => TrademarkViolation, { nullable: true }) trademarkViolation?: TrademarkViolation | null;
  @Field(() => String, { nullable: true }) trademarkRegistrationNumber?: string | null;
  @Field(() => Boolean, { nullable: true }) online?: boolean | null;
  @Field(() => DecimalScalar, { nullable: true }) illegalGains?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) rightHolderLoss?: string | null;
}

@InputType()
export class RegisterTrademarkInput {
  @Field(() => String) registrationNumber!: string;
  @Field(() => String) mark!: string;
  @Field(() => Int) niceClass!: number;
  @Field(() => String) holderCreditCode!: string;
  @Field(() => Boolean, { nullable: true }) wellKnown?: boolean | null;
  @Field(() => Boolean, { nullable: true }) geographicalIndication?: boolean | null;
  @Field(() => DateScalar) registeredOn!: string;
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
  @Field(() => TrademarkViolation, { nullable: true }) trademarkViolation?: TrademarkViolation | null;
  @Field(() => Boolean, { nullable: true }) online?: boolean | null;
}

/** A correction of an enterprise on the register (`id` is its credit code, which is never corrected). */
@InputType()
export class CorrectEnterpriseInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => String, { nullable: true }) investorCountry?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
}

/** A correction of a registered mark (`id` is its registration number, which is never corrected). */
@InputType()
export class CorrectTrademarkInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) mark?: string | null;
  @Field(() => Int, { nullable: true }) niceClass?: number | null;
  @Field(() => String, { nullable: true }) holderCreditCode?: string | null;
  @Field(() => Boolean, { nullable: true }) wellKnown?: boolean | null;
  @Field(() => Boolean, { nullable: true }) geographicalIndication?: boolean | null;
  @Field(() => DateScalar, { nullable: true }) registeredOn?: string | null;
}
