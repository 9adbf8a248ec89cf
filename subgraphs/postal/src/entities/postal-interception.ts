import { Entity, Enum, Property } from "@mikro-orm/core";
import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { AdminCase, DateField } from "@ipr/shared";

/** The three controls the "Green Shield" (绿盾) project makes courier enterprises apply to every parcel. */
export enum PostalControl {
  INSPECTION_ON_RECEIPT = "INSPECTION_ON_RECEIPT",
  REAL_NAME = "REAL_NAME",
  XRAY = "XRAY",
}
registerEnumType(PostalControl, {
  name: "PostalControl",
  description: "A parcel-channel security control of the Green Shield (绿盾) project",
  valuesConfig: {
    INSPECTION_ON_RECEIPT: { description: "Inspection on receipt (收寄验视): the courier opens and checks the parcel when accepting it" },
    REAL_NAME: { description: "Real-name sending (实名收寄): the sender's identity is checked and recorded" },
    XRAY: { description: "X-ray screening (过机安检) at the sorting centre" },
  },
});

/**
 * A parcel with infringing goods stopped in the postal channel (task 7 of the action plan). The
 * postal administration records it like any admin case; its date is `interceptedOn`.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A parcel with infringing goods intercepted in the postal and courier channel (寄递渠道)" })
@Entity({ tableName: "postal_interception" })
export class PostalInterception extends AdminCase {
  @DateField({ description: "Date the parcel was intercepted (查获); the monthly table counts postal interceptions by it", index: true })
  interceptedOn!: string;

  @Field(() => String, { description: "The parcel's waybill number (运单号)" })
  @Property({ type: "string", length: 40 })
  trackingNumber!: string;

  @Field(() => String, { description: "Credit code of the courier enterprise (寄递企业) that accepted the parcel" })
  @Property({ type: "string", length: 18, index: true })
  courierCreditCode!: string;

  @Field(() => String, { description: "Name of the courier enterprise, as recorded at the interception" })
  @Property({ type: "string", length: 200 })
  courierName!: string;

  @Field(() => String, { description: "Where the parcel was sent from: a GB/T 2260 region code, or an ISO 3166-1 alpha-2 country code when abroad" })
  @Property({ type: "string", length: 6 })
  origin!: string;

  @Field(() => String, { description: "Where the parcel was going: a GB/T 2260 region code, or an ISO 3166-1 alpha-2 country code when abroad" })
  @Property({ type: "string", length: 6 })
  destination!: string;

  @Field(() => Boolean, { description: "A cross-border e-commerce parcel (跨境电商, 海淘); its origin or destination is abroad" })
  @Property({ type: "boolean", index: true })
  crossBorderECommerce!: boolean;

  @Field(() => PostalControl, { description: "The control that caught the parcel" })
  @Enum({ items: () => PostalControl, index: true })
  control!: PostalControl;

  @Field(() => String, { description: "The infringing goods found" })
  @Property({ type: "text" })
  goods!: string;

  @Field(() => Int, { description: "Number of infringing items in the parcel" })
  @Property({ type: "integer" })
  itemCount!: number;
}
