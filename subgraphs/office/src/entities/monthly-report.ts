import { Directive, Field, ObjectType } from "type-graphql";
import { DateScalar, ReportScope } from "@ipr/shared";

/**
 * One unit's statistics table for one month (外商投资企业知识产权保护行动查处案件数据统计表). The office
 * owns the key, the deadline and the submission; each agency contributes its own lines, computed
 * from its own data.
 */
@Directive('@key(fields: "region period scope")')
@ObjectType({ description: "A unit's monthly statistics table; each agency contributes its own lines" })
export class MonthlyReport {
  @Field(() => String, { description: "The reporting unit (or 000000 for national totals)" }) region!: string;
  @Field(() => String, { description: "YYYY-MM" }) period!: string;
  @Field(() => ReportScope) scope!: ReportScope;
}

export { ReportStatus, dueOn, reportStatus } from "../report-status";
export { DateScalar };
