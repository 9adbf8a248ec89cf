import { Entity, Enum, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { AdminCase, AmountField, DateField } from "@ipr/shared";

/** Task (1) trade secrets and task (2) trademarks of the action plan. */
export enum SaicCaseCategory {
  TRADE_SECRET = "TRADE_SECRET",
  TRADEMARK = "TRADEMARK",
}
registerEnumType(SaicCaseCategory, {
  name: "SaicCaseCategory",
  valuesConfig: {
    TRADE_SECRET: { description: "Infringing trade secrets (侵犯商业秘密), under the Anti-Unfair Competition Law" },
    TRADEMARK: { description: "Trademark violations (商标违法), under the Trademark Law" },
  },
});

/** What a trademark case is about (task (2): brand imitation, squatting, the online market). */
export enum TrademarkViolation {
  COUNTERFEITING = "COUNTERFEITING",
  BRAND_IMITATION = "BRAND_IMITATION",
  MALICIOUS_SQUATTING = "MALICIOUS_SQUATTING",
  FALSE_ADVERTISING = "FALSE_ADVERTISING",
  OTHER = "OTHER",
}
registerEnumType(TrademarkViolation, {
  name: "TrademarkViolation",
  valuesConfig: {
    COUNTERFEITING: { description: "Counterfeiting a registered trademark (假冒注册商标)" },
    BRAND_IMITATION: { description: "Imitating a famous brand (傍名牌): its name, packaging or get-up" },
    MALICIOUS_SQUATTING: { description: "Malicious trademark squatting (恶意抢注商标)" },
    FALSE_ADVERTISING: { description: "False advertising (虚假宣传)" },
    OTHER: { description: "Any other trademark violation (其他商标违法)" },
  },
});

/** An administrative case opened by market regulation (工商). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An administrative case of market regulation: trade secrets or trademarks" })
@Entity({ tableName: "saic_case" })
export class SaicCase extends AdminCase {
  @Field(() => SaicCaseCategory)
  @Enum({ items: () => SaicCaseCategory })
  category!: SaicCaseCategory;

  @DateField({ description: "Date the case was opened (立案); the monthly table counts by it", index: true })
  openedOn!: string;

  @Field(() => TrademarkViolation, { nullable: true, description: "For TRADEMARK cases" })
  @Enum({ items: () => TrademarkViolation, nullable: true })
  trademarkViolation?: TrademarkViolation | null;

  /** The mark infringed, when registered; its owner resolves the rest. */
  @Property({ type: "string", length: 12, nullable: true, index: true })
  trademarkRegistrationNumber?: string | null;

  @Field(() => Boolean, { description: "Found in the online market (网络市场)" })
  @Property({ type: "boolean" })
  online: boolean & Opt = false;

  @AmountField({ nullable: true, description: "Illegal gains (违法所得), yuan" })
  illegalGains?: string | null;

  @AmountField({ nullable: true, description: "For TRADE_SECRET: the right holder's loss (损失数额), yuan" })
  rightHolderLoss?: string | null;
}
