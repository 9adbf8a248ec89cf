import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateField, RegionField, Withdrawable } from "@ipr/shared";

/** The organisations software legalisation (软件正版化) inspections cover. */
export enum SoftwareLegalisationOrgType {
  GOVERNMENT_AGENCY = "GOVERNMENT_AGENCY",
  STATE_OWNED_ENTERPRISE = "STATE_OWNED_ENTERPRISE",
  PRIVATE_ENTERPRISE = "PRIVATE_ENTERPRISE",
  FINANCIAL_INSTITUTION = "FINANCIAL_INSTITUTION",
}
registerEnumType(SoftwareLegalisationOrgType, {
  name: "SoftwareLegalisationOrgType",
  description: "Kind of organisation inspected for software legalisation",
  valuesConfig: {
    GOVERNMENT_AGENCY: { description: "Government agency (政府机关)" },
    STATE_OWNED_ENTERPRISE: { description: "State-owned enterprise (国有企业)" },
    PRIVATE_ENTERPRISE: { description: "Private or foreign-invested enterprise (民营、外资企业)" },
    FINANCIAL_INSTITUTION: { description: "Financial institution (金融机构)" },
  },
});

/** One inspection of an organisation's computers for unlicensed software (软件正版化检查). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A software legalisation (软件正版化) inspection of an organisation's computers" })
@Entity({ tableName: "software_legalisation_check" })
export class SoftwareLegalisationCheck extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @RegionField()
  region!: string;

  @DateField({ description: "Date of the inspection", index: true })
  checkedOn!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  organisationName!: string;

  @Field(() => SoftwareLegalisationOrgType)
  @Enum({ items: () => SoftwareLegalisationOrgType })
  organisationType!: SoftwareLegalisationOrgType;

  @Field(() => Int, { description: "Computers inspected" })
  @Property({ type: "integer" })
  computersChecked!: number;

  @Field(() => Int, { description: "Unlicensed software copies found (未授权软件)" })
  @Property({ type: "integer" })
  unlicensedCopiesFound!: number;

  @DateField({ nullable: true, description: "Date the unlicensed copies were removed or licensed (整改); null while outstanding" })
  rectifiedOn?: string | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}

/** Compliant: nothing unlicensed was found, or what was found has been rectified. Also the list filter's rule. */
export const isCompliant = (c: Pick<SoftwareLegalisationCheck, "unlicensedCopiesFound" | "rectifiedOn">) =>
  c.unlicensedCopiesFound === 0 || c.rectifiedOn != null;
