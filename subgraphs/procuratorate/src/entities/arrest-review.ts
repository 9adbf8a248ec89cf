import { Entity, Enum } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { ProcuratorialDecision } from "./procuratorial-decision";

export enum ArrestDecision {
  APPROVED = "APPROVED",
  DISAPPROVED = "DISAPPROVED",
}
registerEnumType(ArrestDecision, {
  name: "ArrestDecision",
  valuesConfig: {
    APPROVED: { description: "Arrest approved (批准逮捕)" },
    DISAPPROVED: { description: "Arrest not approved (不批准逮捕)" },
  },
});

/** The procuratorate's review of the police's request to arrest suspects (审查批准逮捕). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Review of a request to arrest suspects of a criminal case (审查批准逮捕)" })
@Entity({ tableName: "arrest_review" })
export class ArrestReview extends ProcuratorialDecision {
  @Field(() => ArrestDecision)
  @Enum({ items: () => ArrestDecision, index: true })
  decision!: ArrestDecision;
}
