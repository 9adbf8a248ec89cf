import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency, DateField, RegionField, AgencyColumn, Withdrawable } from "@ipr/shared";

/** Duty crimes of officials behind infringement and counterfeiting, by article of the Criminal Law. */
export enum MisconductOffence {
  DERELICTION_OF_DUTY = "DERELICTION_OF_DUTY",
  ABUSE_OF_POWER = "ABUSE_OF_POWER",
  BENDING_THE_LAW = "BENDING_THE_LAW",
  BRIBERY = "BRIBERY",
  CONNIVING_AT_COUNTERFEITING = "CONNIVING_AT_COUNTERFEITING",
  SHIELDING_CRIMINALS = "SHIELDING_CRIMINALS",
}
registerEnumType(MisconductOffence, {
  name: "MisconductOffence",
  description: "The duty crime an official is investigated for",
  valuesConfig: {
    DERELICTION_OF_DUTY: { description: "Art. 397: dereliction of duty (玩忽职守罪)" },
    ABUSE_OF_POWER: { description: "Art. 397: abuse of power (滥用职权罪)" },
    BENDING_THE_LAW: { description: "Art. 399: bending the law for personal gain (徇私枉法罪)" },
    BRIBERY: { description: "Art. 385: taking bribes (受贿罪)" },
    CONNIVING_AT_COUNTERFEITING: { description: "Art. 414: conniving at producing or selling fake or shoddy goods (放纵制售伪劣商品犯罪行为罪)" },
    SHIELDING_CRIMINALS: { description: "Art. 310/417: shielding criminals (包庇)" },
  },
});

/**
 * A duty-crime case (职务犯罪案件) against an official whose misconduct lay behind infringement:
 * corruption, dereliction or protection of counterfeiters. `officialName` is personal data and
 * reaches GraphQL only through MisconductCaseResolver, which masks it outside criminal justice.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A duty-crime case against an official behind IP infringement (职务犯罪案件); the official's name is masked outside POLICE, PROCURATORATE and COURTS" })
@Entity({ tableName: "misconduct_case" })
export class MisconductCase extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "The procuratorate's own filing document number" })
  @Property({ type: "string", length: 100, unique: true })
  caseNumber!: string;

  @RegionField()
  region!: string;

  @DateField({ description: "Date the case was filed for investigation (立案)", index: true })
  filedOn!: string;

  @Field(() => MisconductOffence)
  @Enum({ items: () => MisconductOffence, index: true })
  offence!: MisconductOffence;

  @Property({ type: "string", length: 100 })
  officialName!: string;

  @Field(() => String, { description: "The official's post, e.g. 某区市场监督管理局稽查科科长" })
  @Property({ type: "text" })
  officialPosition!: string;

  @Field(() => Agency, { nullable: true, description: "The member agency the official served in, if any" })
  @AgencyColumn({ nullable: true })
  officialAgency?: Agency | null;

  /** The police's criminal case of the infringement the official's misconduct lay behind. */
  @Property({ type: "uuid", nullable: true, index: true })
  relatedCriminalCaseId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  description?: string | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
