import { Entity, Enum, Property } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { AdminCase, DateField } from "@ipr/shared";

/** Task (3) of the action plan: the two kinds of administrative patent case. */
export enum PatentCaseCategory {
  INFRINGEMENT = "INFRINGEMENT",
  PASSING_OFF = "PASSING_OFF",
}
registerEnumType(PatentCaseCategory, {
  name: "PatentCaseCategory",
  valuesConfig: {
    INFRINGEMENT: { description: "Patent infringement dispute (侵犯专利权纠纷): needs a patent on the register" },
    PASSING_OFF: { description: "Patent passing-off (假冒专利): marking or citing a patent falsely, often one that does not exist" },
  },
});

/** How the case reached the patent administration: the action plan's complaint platform and key links. */
export enum PatentCaseSource {
  COMPLAINT_12330 = "COMPLAINT_12330",
  EXHIBITION = "EXHIBITION",
  EX_OFFICIO = "EX_OFFICIO",
  IMPORT_EXPORT = "IMPORT_EXPORT",
  OTHER_REPORT = "OTHER_REPORT",
}
registerEnumType(PatentCaseSource, {
  name: "PatentCaseSource",
  valuesConfig: {
    COMPLAINT_12330: { description: "A complaint through the 12330 IP complaint and reporting platform (12330投诉举报)" },
    EXHIBITION: { description: "Found at a trade fair or exhibition (展会), a key link" },
    EX_OFFICIO: { description: "Found by the administration's own inspection (依职权)" },
    IMPORT_EXPORT: { description: "Found in import or export trade (进出口环节), a key link" },
    OTHER_REPORT: { description: "Any other report or transfer (其他举报、移送)" },
  },
});

/** The action plan's key fields for patent enforcement. */
export enum PatentKeyField {
  E_COMMERCE = "E_COMMERCE",
  FOOD_DRUG = "FOOD_DRUG",
  ENVIRONMENT = "ENVIRONMENT",
  SAFETY = "SAFETY",
  HIGH_TECH = "HIGH_TECH",
}
registerEnumType(PatentKeyField, {
  name: "PatentKeyField",
  valuesConfig: {
    E_COMMERCE: { description: "E-commerce (电子商务)" },
    FOOD_DRUG: { description: "Food and drugs (食品药品)" },
    ENVIRONMENT: { description: "Environmental protection (环境保护)" },
    SAFETY: { description: "Safety production (安全生产)" },
    HIGH_TECH: { description: "High technology (高新技术)" },
  },
});

/** An administrative patent case opened by a local intellectual-property office (知识产权局). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An administrative case of the patent administration: patent infringement or patent passing-off" })
@Entity({ tableName: "patent_case" })
export class PatentCase extends AdminCase {
  @DateField({ description: "Date the case was opened (立案); the monthly table counts by it", index: true })
  openedOn!: string;

  @Field(() => PatentCaseCategory)
  @Enum({ items: () => PatentCaseCategory })
  category!: PatentCaseCategory;

  @Field(() => PatentCaseSource)
  @Enum({ items: () => PatentCaseSource })
  source!: PatentCaseSource;

  @Field(() => PatentKeyField, { nullable: true, description: "The key field the case falls in, if any" })
  @Enum({ items: () => PatentKeyField, nullable: true })
  keyField?: PatentKeyField | null;

  @Field(() => String, {
    nullable: true,
    description: "The patent concerned: always a registered patent for INFRINGEMENT; for PASSING_OFF the number cited, which may not exist",
  })
  @Property({ type: "string", length: 16, nullable: true, index: true })
  patentNumber?: string | null;
}
