import { registerEnumType } from "type-graphql";

/** What a campaign phase asks each reporting unit to deliver to the office (行动方案 二、四). */
export enum Deliverable {
  /** 实施方案: the unit's implementation plan, by the end of mobilisation (2017-09-10). */
  IMPLEMENTATION_PLAN = "IMPLEMENTATION_PLAN",
  /** 工作推进情况: the narrative sent with each month's table of the action phase, by the 15th of the next month. */
  WORK_PROGRESS = "WORK_PROGRESS",
  /** 专项工作报告: the year-end special work report, by the end of the summary phase (2017-12-31). */
  SPECIAL_WORK_REPORT = "SPECIAL_WORK_REPORT",
}
registerEnumType(Deliverable, { name: "Deliverable", description: "A deliverable a campaign phase asks of each reporting unit" });

/** Chinese names, for messages and exports. */
export const DELIVERABLE_NAME: Record<Deliverable, string> = {
  IMPLEMENTATION_PLAN: "实施方案",
  WORK_PROGRESS: "工作推进情况",
  SPECIAL_WORK_REPORT: "专项工作报告",
};
