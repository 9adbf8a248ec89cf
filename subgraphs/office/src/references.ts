import { checkInbox, lookup, one, ReportScope, type Agency, type Context, type ReferenceResolvers } from "@ipr/shared";
import { Campaign } from "./entities/campaign";
import { TypicalCase } from "./entities/typical-case";
import { reportingUnit } from "./resolvers/reporting-unit";
import { checkReport } from "./report-access";
import { MajorCaseReport } from "./entities/major-case-report";
import { Supervision } from "./entities/supervision";

export const references: ReferenceResolvers = {
  ReportingUnit: (ref) => reportingUnit(String(ref.code)),
  Campaign: (ref, ctx: Context) => one(ctx, Campaign, "code").load(String(ref.code)),
  MonthlyReport: (ref, ctx: Context) => checkReport(ctx, { region: String(ref.region), period: String(ref.period), scope: ref.scope as ReportScope }),
  // the representation carries the contributed sections `items` requires: keep them
  Inbox: (ref, ctx: Context) => ({ ...ref, ...checkInbox(ctx, { agency: ref.agency as Agency, region: String(ref.region) }) }),
  TypicalCase: (ref, ctx: Context) => lookup(ctx, TypicalCase, String(ref.id)),
  MajorCaseReport: (ref, ctx: Context) => lookup(ctx, MajorCaseReport, String(ref.id)),
  Supervision: (ref, ctx: Context) => lookup(ctx, Supervision, String(ref.id)),
};
