import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { AmountField, DateField, RegionField, Withdrawable } from "@ipr/shared";

/**
 * An inspection of a courier outlet by the postal administration: did it apply the three controls
 * of the Green Shield project? `compliant` is derived (CourierComplianceCheckResolver), never stored,
 * so it cannot disagree with the three answers.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A postal administration's check of a courier outlet's parcel-channel security controls (Green Shield, 绿盾)" })
@Entity({ tableName: "courier_compliance_check" })
export class CourierComplianceCheck extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @RegionField()
  region!: string;

  @DateField({ description: "Date of the check", index: true })
  checkedOn!: string;

  @Field(() => String, { description: "Credit code of the courier enterprise checked" })
  @Property({ type: "string", length: 18, index: true })
  courierCreditCode!: string;

  @Field(() => String, { description: "Name of the courier enterprise, as recorded at the check" })
  @Property({ type: "string", length: 200 })
  courierName!: string;

  @Field(() => String, { description: "The branch or outlet (网点) checked" })
  @Property({ type: "string", length: 200 })
  outletName!: string;

  @Field(() => Boolean, { description: "Inspection on receipt (收寄验视) was applied" })
  @Property({ type: "boolean" })
  inspectionOnReceipt!: boolean;

  @Field(() => Boolean, { description: "Real-name sending (实名收寄) was applied" })
  @Property({ type: "boolean" })
  realName!: boolean;

  @Field(() => Boolean, { description: "X-ray screening (过机安检) was applied" })
  @Property({ type: "boolean" })
  xray!: boolean;

  @Field(() => String, { nullable: true, description: "Violations found" })
  @Property({ type: "text", nullable: true })
  violations?: string | null;

  @AmountField({ nullable: true, description: "Administrative penalty imposed, yuan" })
  penaltyAmount?: string | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
