import { Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { CampaignCode, DateField, RegionField, ChangeTracked } from "@ipr/shared";

/**
 * What an arrest review and a prosecution decision have in common: the criminal case (police's, by
 * id), the date of decision the monthly table counts by, and the region and foreign-invested flag
 * it is counted under. Each subclass adds its `@key`, its decision enum and its persons. The
 * procuratorate can correct or withdraw (撤销) a decision; its persons stay as recorded.
 */
@ObjectType("ProcuratorialDecisionFields")
export abstract class ProcuratorialDecision extends ChangeTracked {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  /** The police's criminal case; the link is stored here because the procuratorate creates it. */
  @Property({ type: "uuid", index: true })
  criminalCaseId!: string;

  @DateField({ description: "Date of the decision; the monthly table counts by it", index: true })
  decidedOn!: string;

  @RegionField({ description: "Region of the deciding procuratorate (GB/T 2260)" })
  region!: string;

  @Field(() => Boolean, { description: "The right holder is a foreign-invested enterprise" })
  @Property({ type: "boolean" })
  foreignInvested!: boolean;

  @Field(() => CampaignCode, { nullable: true, description: "The campaign the decision counts under (e.g. a police cluster campaign), as the case chain records it" })
  @Enum({ items: () => CampaignCode, nullable: true })
  campaign?: CampaignCode | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
