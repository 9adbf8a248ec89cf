import type { RecordVersionRow, StoredValue } from "../record-history";
import { VersionAction } from "../record-history";
import { REFERABLE_CASES, manifestOf, type SubgraphName } from "../registry";
import { addDays, atLocal, chinaDate, END } from "./dates";
import type { Random } from "./random";
import type { Row, World } from "./world";

/** The kit's collection in every agency's slice: the rows of its `record_version` table (record-history.ts). */
export const VERSIONS = "recordVersions";

type Rec = Record<string, any>;
type Version = Omit<RecordVersionRow, "version"> & { version?: number };

/** Who made a change: the token `sub` the demo's users have (`<agency>-<region>`), their agency and region. */
export const demoActor = (agency: string, region: string) => ({ actor: `${agency.toLowerCase()}-${region}`, agency, region });

/** A version row as `correctRecord`, `withdrawRecord` and `close<Type>` add it; numbered per record by `numberVersions`. */
export function addDemoVersion(
  world: World, subgraph: string, typename: string, recordId: string, action: VersionAction,
  changes: Record<string, { from: StoredValue; to: StoredValue }>, reason: string, who: { agency: string; region: string }, at: Date,
) {
  const n = world.serial(`version-${subgraph}`);
  world.rows<Version>(subgraph, VERSIONS).push({
    id: world.id("record-version", subgraph, n), recordType: typename, recordId, action, changes, reason,
    ...demoActor(who.agency, who.region), at,
  } as never);
}

/**
 * A correction made after the record was entered: `row` already holds the right values (as the rest
 * of the data set uses them); `mistakes` are the values first entered, kept as the version's `from`.
 */
export function correctDemo(
  world: World, subgraph: string, typename: string, row: Rec, mistakes: Record<string, StoredValue>, reason: string, agency: string, at: Date,
) {
  const changes = Object.fromEntries(Object.entries(mistakes).map(([field, from]) => [field, { from, to: row[field] as StoredValue }]));
  addDemoVersion(world, subgraph, typename, String(row.id), VersionAction.CORRECTED, changes, reason, { agency, region: row.region }, at);
}

/**
 * A record entered twice and withdrawn (撤销): a copy of `original` with `overrides` (its own id and
 * number), entered `enteredAt`, withdrawn `withdrawnAt` with a WITHDRAWN version. Nothing refers to
 * the copy, so withdrawing it breaks nothing.
 */
export function withdrawnDuplicate(
  world: World, subgraph: string, collection: string, typename: string, original: Rec, overrides: Rec, reason: string, agency: string,
  enteredAt: Date, withdrawnAt: Date,
): Rec {
  const who = demoActor(agency, original.region);
  const copy: Rec = { ...original, ...overrides, createdAt: enteredAt, withdrawnAt, withdrawnBy: who.actor, withdrawalReason: reason };
  world.rows<Rec>(subgraph, collection).push(copy);
  addDemoVersion(world, subgraph, typename, String(copy.id), VersionAction.WITHDRAWN, {}, reason, who, withdrawnAt);
  return copy;
}

/** Every id some row of the data set names (a reference), leaving out the rows of `except` collections (`subgraph.collection`). */
export function referencedIds(world: World, except: readonly string[] = []): Set<string> {
  const ids = new Set<string>();
  for (const [subgraph, collections] of Object.entries(world.data))
    for (const [collection, rows] of Object.entries(collections)) {
      if (collection === VERSIONS || except.includes(`${subgraph}.${collection}`)) continue;
      for (const row of rows as Rec[]) for (const [key, value] of Object.entries(row)) if (key !== "id" && typeof value === "string") ids.add(value);
    }
  return ids;
}

/** Gives each record's versions their numbers (1 = first change after creation) in the order they happened. */
export function numberVersions(world: World) {
  for (const collections of Object.values(world.data)) {
    const rows = (collections[VERSIONS] ?? []) as Version[];
    rows.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
    const last = new Map<string, number>();
    for (const v of rows) {
      const key = `${v.recordType}:${v.recordId}`;
      v.version = (last.get(key) ?? 0) + 1;
      last.set(key, v.version);
    }
  }
}

/** The collection holding a subgraph's rows of an entity, as its manifest's seed names it. */
export function collectionOf(subgraph: string, entity: string): string {
  const table = manifestOf(subgraph as SubgraphName).seed?.find(([name]) => name === entity);
  if (!table) throw new Error(`the manifest of ${subgraph} seeds no ${entity}`);
  return table[1];
}

/** A few days after `at`, during office hours, never after the data set ends. */
export const daysLater = (rnd: Random, at: Date, from: number, to: number): Date => {
  const day = addDays(chinaDate(at), rnd.int(from, to));
  return atLocal(day <= END ? day : END, rnd.int(9, 17), rnd.int(0, 59));
};

/** A number not yet used (a case's `caseNumber`, a criminal case's `filingNumber`): the agency's format with the next serial after the highest in its collection. */
export function nextCaseNumber(rows: Rec[], original: string, offset: number, field = "caseNumber"): string {
  const top = Math.max(0, ...rows.map((r) => Number(/(\d+)号$/.exec(String(r[field]))?.[1] ?? 0)));
  return original.replace(/\d+号$/, `${top + offset}号`);
}

const AMOUNT_REASONS = ["涉案金额录入错误（漏录一位），按询问笔录更正", "涉案金额按价格认定结论书更正"];
const DATE_REASON = "立案日期录入错误，按立案审批表更正";

/**
 * Corrections and withdrawals of the admin cases of every referable kind (the registry's), in each
 * agency's own history: a few amounts and dates corrected days after entry (cases nothing else names,
 * the mistaken value kept as `from`), and a case entered twice, withdrawn as a duplicate.
 */
export function amendAdminCases(world: World) {
  const referenced = referencedIds(world);
  for (const { subgraph, typename, dateField, agency } of REFERABLE_CASES) {
    const rnd = world.random(`amend-${subgraph}-${typename}`);
    const collection = collectionOf(subgraph, typename);
    const rows = world.rows<Rec>(subgraph, collection) as Rec[];
    // entered in time for a correction days later, before the data set ends; nothing else names it
    const quiet = rows.filter((r) => !referenced.has(r.id) && !r.withdrawnAt && String(r[dateField]) <= "2018-12-20");
    const count = Math.max(2, Math.round(3 * world.scale));
    for (let i = 0; i < count && quiet.length; i++) {
      const row = quiet.splice(rnd.int(0, quiet.length - 1), 1)[0];
      const at = daysLater(rnd, row.createdAt, 1, 4);
      const date = String(row[dateField]);
      // a date a few days off inside the same month (the monthly table counted it in its month all along)
      const shift = Number(date.slice(8)) > 3 ? -rnd.int(1, 3) : rnd.int(1, 3);
      if (i % 2 === 1) correctDemo(world, subgraph, typename, row, { [dateField]: addDays(date, shift) }, DATE_REASON, agency, at);
      else {
        const mistaken = (Number(row.amountInvolved) / 10).toFixed(2);
        correctDemo(world, subgraph, typename, row, { amountInvolved: mistaken }, rnd.pick(AMOUNT_REASONS), agency, at);
      }
    }
    const duplicates = Math.max(1, Math.round(world.scale));
    const originals = rows.filter((r) => !r.withdrawnAt && String(r[dateField]) <= "2018-12-25");
    for (let i = 1; i <= duplicates && originals.length; i++) {
      const original = originals[rnd.int(0, originals.length - 1)];
      const enteredAt = new Date(original.createdAt.getTime() + rnd.int(20, 180) * 60_000);
      withdrawnDuplicate(
        world, subgraph, collection, typename, original,
        {
          id: world.id(`${subgraph}-duplicate`, typename, i), caseNumber: nextCaseNumber(rows, original.caseNumber, i),
          closedOn: null, outcome: null, penaltyDecisionNumber: null, fine: null, confiscatedGains: null, goodsConfiscated: null, goodsDestroyed: null, outcomeReason: null,
        },
        `与${original.caseNumber}为同一案件，重复录入`, agency, enteredAt, daysLater(rnd, enteredAt, 1, 3),
      );
    }
  }
}

/** The version rows of a subgraph's slice, typed for tests and the loader. */
export const versionsOf = (world: World, subgraph: string) => world.rows<Row<RecordVersionRow>>(subgraph, VERSIONS);
