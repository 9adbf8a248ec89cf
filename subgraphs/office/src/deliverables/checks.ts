import { badInput, canRead, covers, isUuid, notFound, todayIn, type Context } from "@ipr/shared";
import { TypicalCase } from "../entities/typical-case";
import type { DueWindow } from "../report-status";

/** A deliverable can be submitted once its phase has opened (China time); an early one is refused. */
export function requireOpen(ctx: Context, window: DueWindow, field: string): void {
  const today = todayIn(ctx.now());
  if (today < window.opensOn) throw badInput(field, `cannot be submitted before ${window.opensOn}, when its campaign phase opens (today is ${today})`);
}

/** Typical cases sent with a report: at most this many, the report's attachment is a short list. */
export const MAX_TYPICAL_CASES = 50;

/**
 * Typical cases a unit reported (reportTypicalCase) for one of `months`, each once, referred to by id:
 * the typical case stays the office's one record of it.
 */
export async function checkTypicalCases(ctx: Context, region: string, months: string[], ids: string[], field = "input.typicalCaseIds"): Promise<string[]> {
  if (ids.length > MAX_TYPICAL_CASES) throw badInput(field, `at most ${MAX_TYPICAL_CASES} typical cases`);
  if (!ids.length) return [];
  const wanted = ids.map((id) => id.toLowerCase());
  const rows = await ctx.em.find(TypicalCase, { id: { $in: wanted.filter(isUuid) } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  wanted.forEach((id, i) => {
    const at = `${field}[${i}]`;
    const row = byId.get(id);
    if (!row || !canRead(ctx.identity, row.region)) throw notFound(at, "typical case", ids[i]);
    if (!covers(region, row.region)) throw badInput(at, `is a typical case of ${row.region}, not of ${region}`);
    if (!months.includes(row.period)) throw badInput(at, `was reported for ${row.period}, outside ${months[0]} to ${months.at(-1)}`);
    if (wanted.indexOf(id) !== i) throw badInput(at, "is listed twice");
  });
  return wanted;
}
