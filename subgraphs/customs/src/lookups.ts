import type DataLoader from "dataloader";
import { isUuid, lookup, one, type Context } from "@ipr/shared";
import { CustomsJointOperation } from "./entities/customs-joint-operation";
import { CustomsRecordation, type CustomsRightType } from "./entities/customs-recordation";
import { CustomsSeizure } from "./entities/customs-seizure";

/** Detentions are regional: an out-of-region or malformed id reads as absent. */
export const findSeizure = (ctx: Context, id: string) => lookup(ctx, CustomsSeizure, id);

/** Recordations and joint operations are national: every caller reads them; a malformed id reads as absent. */
export const findRecordation = async (ctx: Context, id: string) => (isUuid(id) ? one(ctx, CustomsRecordation).load(id.toLowerCase()) : null);
export const findJointOperation = async (ctx: Context, id: string) => (isUuid(id) ? one(ctx, CustomsJointOperation).load(id.toLowerCase()) : null);

function groupBy<T>(rows: T[], keyOf: (row: T) => string, keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Recordations of rights of one type by right number, newest first: one statement per right type per request. */
export function recordationsOfRight(ctx: Context, rightType: CustomsRightType): DataLoader<string, CustomsRecordation[]> {
  return ctx.loaders.get(`CustomsRecordation.right:${rightType}`, async (numbers: readonly string[]) => {
    const rows = await ctx.em.find(
      CustomsRecordation,
      { rightType, rightNumber: { $in: [...numbers] } },
      { orderBy: { recordedOn: "desc", id: "desc" } },
    );
    return groupBy(rows, (r) => r.rightNumber, numbers);
  });
}

/**
 * Detentions under any recordation of a right, newest first, every region (callers filter): one
 * statement per right type per request, the recordation joined in.
 */
export function seizuresOfRight(ctx: Context, rightType: CustomsRightType): DataLoader<string, CustomsSeizure[]> {
  return ctx.loaders.get(`CustomsSeizure.right:${rightType}`, async (numbers: readonly string[]) => {
    const rows = await ctx.em.find(
      CustomsSeizure,
      { recordation: { rightType, rightNumber: { $in: [...numbers] } } },
      { populate: ["recordation"], strategy: "joined", orderBy: { seizedOn: "desc", id: "desc" } },
    );
    return groupBy(rows, (s) => s.recordation!.rightNumber, numbers);
  });
}
