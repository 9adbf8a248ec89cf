import { Field, Int, ObjectType } from "type-graphql";
import { CaseTally, DecimalScalar } from "@ipr/shared";

/*
 * The office's own copies of the agencies' line types, for figures frozen at submission. The
 * administrative lines reuse the kit's shareable CaseTally; the others get distinct names because
 * PoliceTally & co. belong to their agencies (same-named value types in two subgraphs must be shareable).
 */

@ObjectType({ description: "公安机关 as submitted: criminal cases filed, suspects caught, amount involved" })
export class SubmittedPoliceTally {
  @Field(() => Int, { description: "立案数" }) casesFiled!: number;
  @Field(() => Int, { description: "抓获犯罪嫌疑人数" }) suspectsCaught!: number;
  @Field(() => DecimalScalar, { description: "涉案金额, yuan" }) amountInvolved!: string;
}

@ObjectType({ description: "检察机关 as submitted: arrests approved and prosecutions" })
export class SubmittedProcuratorateTally {
  @Field(() => Int, { description: "批捕案件数" }) arrestApprovedCases!: number;
  @Field(() => Int, { description: "批捕犯罪嫌疑人数" }) arrestApprovedPersons!: number;
  @Field(() => Int, { description: "起诉案件数" }) prosecutedCases!: number;
  @Field(() => Int, { description: "起诉犯罪嫌疑人数" }) prosecutedPersons!: number;
}

@ObjectType({ description: "Customs detentions as submitted" })
export class SubmittedCustomsTally {
  @Field(() => Int) seizures!: number;
  @Field(() => Int, { description: "Pieces of goods detained" }) quantity!: number;
  @Field(() => DecimalScalar, { description: "Declared value of the goods, yuan" }) goodsValue!: string;
  @Field(() => DecimalScalar, { description: "Amount involved, yuan" }) amountInvolved!: string;
}

@ObjectType({ description: "Postal interceptions as submitted" })
export class SubmittedPostalTally {
  @Field(() => Int) interceptions!: number;
  @Field(() => Int, { description: "Items in the intercepted parcels" }) items!: number;
  @Field(() => Int, { description: "Of which cross-border e-commerce parcels" }) crossBorder!: number;
  @Field(() => DecimalScalar, { description: "Amount involved, yuan" }) amountInvolved!: string;
}

@ObjectType({ description: "IP trials as submitted" })
export class SubmittedCourtTally {
  @Field(() => Int, { description: "Cases filed, all kinds" }) casesFiled!: number;
  @Field(() => Int, { description: "Of which criminal" }) criminalCasesFiled!: number;
  @Field(() => Int, { description: "Judgments decided" }) judgments!: number;
  @Field(() => Int, { description: "Defendants sentenced in guilty judgments, distinct" }) defendantsSentenced!: number;
}

/** Every agency's lines of a table as they stood when the unit submitted it (the frozen snapshot). */
@ObjectType({ description: "Every agency's lines of the table, frozen when the unit submitted it; later case edits do not change them" })
export class SubmittedFigures {
  @Field(() => CaseTally, { description: "侵犯商业秘密案件 (SAIC)" }) tradeSecretCases!: CaseTally;
  @Field(() => CaseTally, { description: "侵犯商标权案件 (SAIC)" }) trademarkCases!: CaseTally;
  @Field(() => CaseTally, { description: "侵犯专利权案件 (IPO)" }) patentCases!: CaseTally;
  @Field(() => CaseTally, { description: "侵犯著作权案件 (PRESS)" }) copyrightCases!: CaseTally;
  @Field(() => CaseTally, { description: "侵犯植物新品种权案件 (AGRICULTURE)" }) plantVarietyCases!: CaseTally;
  @Field(() => SubmittedPoliceTally) police!: SubmittedPoliceTally;
  @Field(() => SubmittedProcuratorateTally) procuratorate!: SubmittedProcuratorateTally;
  @Field(() => SubmittedCustomsTally) customs!: SubmittedCustomsTally;
  @Field(() => SubmittedPostalTally) postal!: SubmittedPostalTally;
  @Field(() => SubmittedCourtTally) courts!: SubmittedCourtTally;
}

/** A measure of a submitted table whose live value has changed since (a case opened, edited or closed later). */
@ObjectType({ description: "A measure of the submitted table that no longer matches the live figures" })
export class ReportDifference {
  @Field(() => String, { description: "The line, e.g. trademarkCases or police" }) line!: string;
  @Field(() => String, { description: "The measure, e.g. cases or amountInvolved" }) measure!: string;
  @Field(() => String, { description: "The value in the latest submitted version" }) submitted!: string;
  @Field(() => String, { description: "The value the agency computes today" }) live!: string;
}
