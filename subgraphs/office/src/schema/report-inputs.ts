import { Field, InputType } from "type-graphql";
import { ReportScope } from "@ipr/shared";

@InputType()
export class MonthlyReportsInput {
  @Field(() => [String], { nullable: true, description: "Reporting units; default: every unit inside your region" }) regions?: string[] | null;
  @Field(() => String, { description: "First month, YYYY-MM" }) from!: string;
  @Field(() => String, { description: "Last month, YYYY-MM" }) to!: string;
  @Field(() => ReportScope, { defaultValue: ReportScope.FOREIGN_INVESTED }) scope!: ReportScope;
}
