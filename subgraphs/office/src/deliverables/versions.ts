import type { EntityClass } from "@mikro-orm/core";
import { badInput, createUnique, newId, todayIn, type Context } from "@ipr/shared";
import type { DeliverableVersion } from "../entities/deliverable-version";
import { statusInWindow, type DueWindow, type ReportStatus } from "../report-status";

/** Which deliverable of which unit: the region, and the month for monthly ones. */
export interface DeliverableKey {
  region: string;
  period?: string;
}

type Versioned = DeliverableVersion & { period?: string };
const idOf = (k: DeliverableKey) => `${k.region}|${k.period ?? ""}`;

/**
 * Every version of a unit's deliverable, oldest first; batched so all the units (and months) of a
 * request cost one SQL statement per kind of deliverable.
 */
export function versionsOf<T extends Versioned>(ctx: Context, entity: EntityClass<T>, key: DeliverableKey): Promise<T[]> {
  return ctx.loaders
    .get<string, T[]>(`${entity.name}:versions`, async (ids) => {
      const keys = ids.map((id) => ({ region: id.split("|")[0], period: id.split("|")[1] || undefined }));
      const periods = [...new Set(keys.flatMap((k) => (k.period ? [k.period] : [])))];
      const where = { region: { $in: [...new Set(keys.map((k) => k.region))] }, ...(periods.length ? { period: { $in: periods } } : {}) };
      const rows = await ctx.em.find(entity, where as never, { orderBy: { version: "asc" } as never });
      const groups = new Map<string, T[]>();
      for (const row of rows) groups.set(idOf(row), [...(groups.get(idOf(row)) ?? []), row]);
      return ids.map((id) => groups.get(id) ?? []);
    })
    .load(idOf(key));
}

/** Timeliness is judged on the first submission: an amendment corrects a delivery, it does not make it late. */
export const statusOfVersions = (ctx: Context, window: DueWindow, versions: DeliverableVersion[]): ReportStatus =>
  statusInWindow(window, todayIn(ctx.now()), versions[0] ? todayIn(versions[0].submittedAt) : null);

/** The number of the version in force, 0 when nothing was submitted (read inside the mutation, not batched). */
export async function latestVersion(ctx: Context, entity: EntityClass<Versioned>, key: DeliverableKey): Promise<number> {
  const where = { region: key.region, ...(key.period ? { period: key.period } : {}) };
  const latest = await ctx.em.findOne(entity, where as never, { orderBy: { version: "desc" } as never });
  return latest?.version ?? 0;
}

/**
 * The submit / amend rule of every deliverable: a second submission is refused (amend instead), an
 * amendment of nothing is refused (submit first). Returns the version number to record.
 */
export async function nextVersion(
  ctx: Context,
  entity: EntityClass<Versioned>,
  key: DeliverableKey,
  what: { name: string; submit: string; amend: string; field: string },
  amending: boolean,
): Promise<number> {
  const latest = await latestVersion(ctx, entity, key);
  if (!amending && latest) throw badInput(what.field, `the ${what.name} of ${key.region} is already submitted: send a correction with ${what.amend}`);
  if (amending && !latest) throw badInput(what.field, `the ${what.name} of ${key.region} has not been submitted: submit it with ${what.submit}`);
  return latest + 1;
}

/**
 * Records a version in one transaction. Two submissions racing past `nextVersion` meet the unique
 * key (region[, period], version): the loser is refused as a second submission.
 */
export function recordVersion<T extends Versioned>(
  ctx: Context,
  entity: EntityClass<T>,
  key: DeliverableKey,
  version: number,
  reason: string | null,
  content: Partial<T>,
  field: string,
): Promise<T> {
  const recordedMeanwhile = () => badInput(field, `version ${version} of this deliverable of ${key.region} was recorded meanwhile: reload and amend`);
  return createUnique(ctx, recordedMeanwhile, async (em) =>
    em.create(entity, { id: newId(), region: key.region, ...(key.period ? { period: key.period } : {}), version, submittedAt: ctx.now(), submittedBy: ctx.identity.sub, reason, ...content } as never),
  );
}
