import { CaseOutcome, type OutcomeColumns } from "../case-outcome";
import { REFERABLE_CASES } from "../registry";
import { VersionAction } from "../record-history";
import { addDemoVersion } from "./amendments";
import { atLocal, within } from "./dates";
import type { Random } from "./random";
import type { SourceCase, World } from "./world";

const OPEN: Omit<OutcomeColumns, "closedOn" | "outcome"> = {
  penaltyDecisionNumber: null, fine: null, confiscatedGains: null, goodsConfiscated: null, goodsDestroyed: null, outcomeReason: null,
};
const NOT_PENALISED_REASONS = ["违法行为轻微并及时纠正，没有造成危害后果", "初次违法且危害后果轻微并及时改正", "现有证据不足以认定违法事实"];
const yuan = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

/** How a case the agency kept was closed: mostly a penalty, some not penalised, a few transferred to another agency. */
function drawOutcome(world: World, rnd: Random, source: SourceCase, row: Record<string, unknown>, closedOn: string): OutcomeColumns {
  const outcome = rnd.weighted([[CaseOutcome.PENALISED, 80], [CaseOutcome.NOT_PENALISED, 12], [CaseOutcome.TRANSFERRED, 8]] as const);
  if (outcome === CaseOutcome.NOT_PENALISED) return { ...OPEN, closedOn, outcome, outcomeReason: rnd.pick(NOT_PENALISED_REASONS) };
  if (outcome === CaseOutcome.TRANSFERRED) return { ...OPEN, closedOn, outcome, outcomeReason: "不属于本机关管辖，移送有管辖权的行政机关处理" };
  const organ = world.organs.get(source.agency) ?? "";
  const gains = typeof row.illegalGains === "string" ? row.illegalGains : null;
  const destroyed = rnd.chance(0.6);
  return {
    ...OPEN, closedOn, outcome,
    penaltyDecisionNumber: `${organ}罚决字〔${closedOn.slice(0, 4)}〕${world.serial(`penalty-${source.agency}`)}号`,
    fine: yuan(Number(source.amount) * rnd.int(10, 150) / 100),
    confiscatedGains: gains,
    goodsConfiscated: destroyed ? null : `侵权商品${rnd.int(20, 3000)}件`,
    goodsDestroyed: destroyed ? `侵权商品${rnd.int(20, 3000)}件，已监督销毁` : null,
  };
}

/**
 * The outcome (结案) of the administrative cases, once the chain has run: a case referred to the police
 * is closed REFERRED_TO_POLICE on the day it was referred (`world.referredOn`); most others close one
 * to three months after opening with a penalty, some not penalised or transferred, and the latest
 * are still open when the data set ends. The outcome columns are the kit's AdminCase columns; each
 * closing is a CLOSED version in the case's history, as `close<Type>` writes it.
 */
export function closeAdminCases(world: World) {
  const rnd = world.random("admin-case-outcomes");
  const rowsById = new Map<string, Record<string, unknown>>();
  const clock = world.random("admin-case-closing-times");
  const kindOf = new Map(REFERABLE_CASES.map((r) => [r.caseType, r]));
  // as close<Type> does: a CLOSED version with the outcome's fields, from empty
  const closed = (source: SourceCase, row: Record<string, unknown>, outcome: OutcomeColumns) => {
    Object.assign(row, outcome);
    const { subgraph, typename } = kindOf.get(source.type)!;
    const changes = Object.fromEntries(Object.entries(outcome).filter(([, v]) => v !== null).map(([field, to]) => [field, { from: null, to }]));
    const entered = (row.createdAt as Date).getTime() + 30 * 60_000;
    const at = new Date(Math.max(atLocal(outcome.closedOn!, clock.int(9, 17), clock.int(0, 59)).getTime(), entered));
    addDemoVersion(world, subgraph, typename, source.id, VersionAction.CLOSED, changes, outcome.outcomeReason ?? `结案: ${outcome.outcome}`, { agency: source.agency, region: source.region }, at);
  };
  for (const subgraph of new Set(REFERABLE_CASES.map((r) => r.subgraph)))
    for (const rows of Object.values(world.data[subgraph] ?? {})) for (const row of rows as Array<Record<string, unknown>>) rowsById.set(String(row.id), row);
  for (const source of world.sources) {
    const row = rowsById.get(source.id);
    if (!row) continue;
    const referred = world.referredOn.get(source.id);
    if (referred) {
      closed(source, row, { ...OPEN, closedOn: referred, outcome: CaseOutcome.REFERRED_TO_POLICE, outcomeReason: "涉嫌犯罪，依法移送公安机关" });
      continue;
    }
    const closedOn = rnd.chance(0.9) ? within(source.date, rnd.int(10, 90)) : null;
    if (closedOn) closed(source, row, drawOutcome(world, rnd, source, row, closedOn));
  }
}
