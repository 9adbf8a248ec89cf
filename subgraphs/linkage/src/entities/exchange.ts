import { Enum, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { Agency, RegionField, AgencyColumn, Withdrawable } from "@ipr/shared";
import { EnforcementCaseType } from "../sources";

/**
 * What clues, evidence transfers and assistance requests share: one agency in one region writes to
 * another agency in (possibly) another region. Both sides read it; only the sender or the receiver
 * records their own steps.
 */
@ObjectType("ExchangeFields")
export abstract class Exchange extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => Agency)
  @AgencyColumn()
  fromAgency!: Agency;

  @RegionField({ description: "Region of the sending agency" })
  region!: string;

  @Field(() => Agency)
  @AgencyColumn({ index: true })
  toAgency!: Agency;

  @RegionField({ description: "Region of the receiving agency" })
  toRegion!: string;

  @Field(() => Date)
  @Property({ type: "datetime", index: true })
  sentAt!: Date;

  @Field(() => String, { description: "The acting user (JWT sub) who sent it" })
  @Property({ type: "string", length: 200 })
  sentBy!: string;

  @Field(() => EnforcementCaseType, { nullable: true, description: "The administrative case it concerns, if any" })
  // any referable type of the registry: checked by the GraphQL enum, so a new agency needs no migration here
  @Property({ type: "text", nullable: true })
  caseType?: EnforcementCaseType | null;

  @Property({ type: "uuid", nullable: true, index: true })
  caseId?: string | null;
}
