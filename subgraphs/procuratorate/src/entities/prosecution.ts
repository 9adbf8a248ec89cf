import { Entity, Enum, Property } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { ProcuratorialDecision } from "./procuratorial-decision";

export enum ProsecutionDecision {
  PROSECUTED = "PROSECUTED",
  NOT_PROSECUTED = "NOT_PROSECUTED",
}
registerEnumType(ProsecutionDecision, {
  name: "ProsecutionDecision",
  valuesConfig: {
    PROSECUTED: { description: "Public prosecution brought (提起公诉)" },
    NOT_PROSECUTED: { description: "Decision not to prosecute (不起诉)" },
  },
});

/** The procuratorate's decision after reviewing a case for prosecution (审查起诉). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Decision on a criminal case reviewed for prosecution (审查起诉)" })
@Entity({ tableName: "prosecution" })
export class Prosecution extends ProcuratorialDecision {
  @Field(() => ProsecutionDecision)
  @Enum({ items: () => ProsecutionDecision, index: true })
  decision!: ProsecutionDecision;

  @Field(() => String, { nullable: true, description: "The charges brought (起诉罪名), as the indictment states them" })
  @Property({ type: "text", nullable: true })
  charges?: string | null;
}
