import { Entity, Enum, ManyToOne, Property } from "@mikro-orm/core";
import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { AdminCase, AmountField, DateField } from "@ipr/shared";
import { CustomsJointOperation } from "./customs-joint-operation";
import { CustomsRecordation } from "./customs-recordation";

export enum CustomsDirection {
  IMPORT = "IMPORT",
  EXPORT = "EXPORT",
}
registerEnumType(CustomsDirection, {
  name: "CustomsDirection",
  description: "Whether the detained goods were being imported or exported",
  valuesConfig: { IMPORT: { description: "Import (进口)" }, EXPORT: { description: "Export (出口)" } },
});

export enum CustomsProtectionBasis {
  EX_OFFICIO = "EX_OFFICIO",
  ON_APPLICATION = "ON_APPLICATION",
}
registerEnumType(CustomsProtectionBasis, {
  name: "CustomsProtectionBasis",
  description: "Legal basis of a detention",
  valuesConfig: {
    EX_OFFICIO: { description: "Ex officio protection (依职权保护): customs found the goods itself; needs a valid customs recordation of the right holder" },
    ON_APPLICATION: { description: "Protection on application (依申请保护): the right holder applied for the detention" },
  },
});

/** A detention (扣留) of IP-infringing imports or exports: task (6) of the action plan. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A customs detention of IP-infringing imports or exports; caseNumber is the detention number (扣留决定书编号)" })
@Entity({ tableName: "customs_seizure" })
export class CustomsSeizure extends AdminCase {
  @DateField({ description: "Date of the detention; the monthly table counts customs cases by it", index: true })
  seizedOn!: string;

  @Field(() => CustomsDirection)
  @Enum({ items: () => CustomsDirection })
  direction!: CustomsDirection;

  @Field(() => String, { description: "The customs port (口岸海关), e.g. 深圳湾海关" })
  @Property({ type: "string", length: 100 })
  port!: string;

  @Field(() => String, { description: "The goods detained" })
  @Property({ type: "text" })
  goods!: string;

  @Field(() => Int, { description: "Number of items detained" })
  @Property({ type: "integer" })
  quantity!: number;

  @AmountField({ description: "Declared value of the goods, yuan (amountInvolved stays the case's amount involved)" })
  declaredValue!: string;

  @Field(() => CustomsProtectionBasis)
  @Enum({ items: () => CustomsProtectionBasis })
  basis!: CustomsProtectionBasis;

  /** Exposed as `recordationId` and `recordation` by the resolver; required for ex officio detentions. */
  @ManyToOne({ entity: () => CustomsRecordation, nullable: true, index: true })
  recordation?: CustomsRecordation | null;

  @ManyToOne({ entity: () => CustomsJointOperation, nullable: true, index: true })
  jointOperation?: CustomsJointOperation | null;
}
