import { Entity, Enum } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { AdminCase, DateField } from "@ipr/shared";

/** Task (1) trade secrets and task (2) trademarks of the action plan. */
export enum SaicCaseCategory {
  TRADE_SECRET = "TRADE_SECRET",
  TRADEMARK = "TRADEMARK",
}
registerEnumType(SaicCaseCategory, { name: "SaicCaseCategory" });

/** An administrative case opened by market regulation (工商). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An administrative case of market regulation: trade secrets or trademarks" })
@Entity({ tableName: "saic_case" })
export class SaicCase extends AdminCase {
  @Field(() => SaicCaseCategory)
  @Enum({ items: () => SaicCaseCategory })
  category!: SaicCaseCategory;

  @DateField({ description: "Date the case was opened (立案); the monthly table counts by it", index: true })
  openedOn!: string;
}
