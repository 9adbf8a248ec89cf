import { scopedList, lookup, type Context, type Where } from "@ipr/shared";
import { ArrestReview } from "./entities/arrest-review";
import { FilingSupervision } from "./entities/filing-supervision";
import { MisconductCase } from "./entities/misconduct-case";
import { Prosecution } from "./entities/prosecution";

/** Batched lookups by id for root queries and `__resolveReference`: unknown, malformed and out-of-region ids all read as null. */
export const findArrestReview = (ctx: Context, id: string) => lookup(ctx, ArrestReview, id);
export const findProsecution = (ctx: Context, id: string) => lookup(ctx, Prosecution, id);
export const findFilingSupervision = (ctx: Context, id: string) => lookup(ctx, FilingSupervision, id);
export const findMisconductCase = (ctx: Context, id: string) => lookup(ctx, MisconductCase, id);

/** The common part of the arrest-review and prosecution list filters, inside the caller's region. */
export function decisionWhere(
  ctx: Context,
  f: { region?: string | null; from?: string | null; to?: string | null; decision?: string | null; foreignInvested?: boolean | null; campaign?: string | null; criminalCaseId?: string | null },
): Where {
  return scopedList(ctx, f, {
    dates: "decidedOn",
    equal: ["decision", "foreignInvested", "campaign"],
    where: f.criminalCaseId ? { criminalCaseId: f.criminalCaseId.toLowerCase() } : {},
  });
}
