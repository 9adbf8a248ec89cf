import { lookup, one, type Context, type ReferenceResolvers } from "@ipr/shared";
import { Campaign } from "./entities/campaign";
import { TypicalCase } from "./entities/typical-case";
import { reportingUnit } from "./resolvers/reporting-unit";

export const references: ReferenceResolvers = {
  ReportingUnit: (ref) => reportingUnit(String(ref.code)),
  Campaign: (ref, ctx: Context) => one(ctx, Campaign, "code").load(String(ref.code)),
  TypicalCase: (ref, ctx: Context) => lookup(ctx, TypicalCase, String(ref.id)),
};
