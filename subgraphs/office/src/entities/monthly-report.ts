import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, ReportScope } from "@ipr/shared";

export enum ReportStatus {
  /** The month has not ended. */
  NOT_DUE = "NOT_DUE",
  /** The month has ended; the report is due by the 15th of the next month. */
  DUE = "DUE",
  SUBMITTED = "SUBMITTED",
  /** Submitted after the 15th. */
  LATE = "LATE",
  /** Past the 15th and not submitted. */
  OVERDUE = "OVERDUE",
}
registerEnumType(ReportStatus, { name: "ReportStatus" });

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

/** When a month's report is due: the 15th of the following month (行动方案 三(一)). */
export function dueOn(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-15` : `${y}-${String(m + 1).padStart(2, "0")}-15`;
}

export function reportStatus(period: string, today: string, submittedOn: string | null): ReportStatus {
  const due = dueOn(period);
  if (submittedOn) return submittedOn <= due ? ReportStatus.SUBMITTED : ReportStatus.LATE;
  if (today < due.slice(0, 8) + "01") return ReportStatus.NOT_DUE;
  return today <= due ? ReportStatus.DUE : ReportStatus.OVERDUE;
}

export { DateScalar };
