import { LockMode, type EntityName } from "@mikro-orm/core";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import type { Agency } from "./agency";
import type { Context } from "./context";
import { badInput, notFound } from "./errors";
import { FreeText, ShortText } from "./input-guard";
import { requireId } from "./loaders";
import { changesOf } from "./corrections";
import { assertAgency, assertCanWrite, canRead } from "./policy";
import { addVersion, VersionAction } from "./record-history";
import { DateScalar, DecimalScalar } from "./scalars";
import { requireNonNegativeAmount, requireNotBefore, requirePastDate, requireText } from "./validation";

/** How an administrative case was closed (结案). */
export enum CaseOutcome {
  /** 作出行政处罚决定 */
  PENALISED = "PENALISED",
  /** 移送公安机关: a suspected crime; the referral itself is recorded in linkage. */
  REFERRED_TO_POLICE = "REFERRED_TO_POLICE",
  /** 不予行政处罚: a reason is required and no fine or confiscated gains may be given. */
  NOT_PENALISED = "NOT_PENALISED",
  /** 移送其他行政机关 (another agency has jurisdiction) */
  TRANSFERRED = "TRANSFERRED",
}
registerEnumType(CaseOutcome, { name: "CaseOutcome", description: "How an administrative case was closed (结案)" });

/** Closing an administrative case with its outcome; the same input for every agency's `close<Type>`. */
@InputType()
export class CloseAdminCaseInput {
  @Field(() => ID) caseId!: string;
  @Field(() => DateScalar, { description: "Date the case was closed (结案); not before it was opened" }) closedOn!: string;
  @Field(() => CaseOutcome) outcome!: CaseOutcome;
  @ShortText(100, { nullable: true, description: "Penalty decision number (处罚决定书文号); required when PENALISED" })
  penaltyDecisionNumber?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Fine (罚款), yuan; not on NOT_PENALISED" }) fine?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Illegal gains confiscated (没收违法所得), yuan; not on NOT_PENALISED" })
  confiscatedGains?: string | null;
  @FreeText(500, { nullable: true, description: "Goods confiscated (没收), e.g. a count and what they are" }) goodsConfiscated?: string | null;
  @FreeText(500, { nullable: true, description: "Goods destroyed (销毁)" }) goodsDestroyed?: string | null;
  @FreeText(2000, { nullable: true, description: "Why; required when NOT_PENALISED" }) outcomeReason?: string | null;
}

/** The outcome columns of AdminCase, as checkOutcome returns them. */
export interface OutcomeColumns {
  closedOn: string;
  outcome: CaseOutcome;
  penaltyDecisionNumber: string | null;
  fine: string | null;
  confiscatedGains: string | null;
  goodsConfiscated: string | null;
  goodsDestroyed: string | null;
  outcomeReason: string | null;
}

const optionalText = (value: string | null | undefined, field: string, max: number) =>
  value?.trim() ? requireText(value, field, max) : null;

/**
 * Checks an outcome against the case's own date (`openedOn`, `seizedOn`, `interceptedOn`: its
 * acceptance, 立案) and returns the columns to write. Pure, so every rule is unit-testable.
 */
export function checkOutcome(input: CloseAdminCaseInput, openedOn: string, now: Date): OutcomeColumns {
  requirePastDate(input.closedOn, "input.closedOn", now);
  requireNotBefore(input.closedOn, "input.closedOn", openedOn, "the day the case was opened");
  const penaltyDecisionNumber = optionalText(input.penaltyDecisionNumber, "input.penaltyDecisionNumber", 100);
  const outcomeReason = optionalText(input.outcomeReason, "input.outcomeReason", 2000);
  if (input.fine) requireNonNegativeAmount(input.fine, "input.fine");
  if (input.confiscatedGains) requireNonNegativeAmount(input.confiscatedGains, "input.confiscatedGains");
  if (input.outcome === CaseOutcome.NOT_PENALISED) {
    // a fine or confiscation is a penalty: recording one on a not-penalised case contradicts itself
    if (input.fine) throw badInput("input.fine", "a NOT_PENALISED case has no fine");
    if (input.confiscatedGains) throw badInput("input.confiscatedGains", "a NOT_PENALISED case has no confiscated gains");
    if (penaltyDecisionNumber) throw badInput("input.penaltyDecisionNumber", "a NOT_PENALISED case has no penalty decision");
    if (!outcomeReason) throw badInput("input.outcomeReason", "is required for a NOT_PENALISED case");
  }
  if (input.outcome === CaseOutcome.PENALISED && !penaltyDecisionNumber)
    throw badInput("input.penaltyDecisionNumber", "is required for a PENALISED case");
  return {
    closedOn: input.closedOn,
    outcome: input.outcome,
    penaltyDecisionNumber,
    fine: input.fine ?? null,
    confiscatedGains: input.confiscatedGains ?? null,
    goodsConfiscated: optionalText(input.goodsConfiscated, "input.goodsConfiscated", 500),
    goodsDestroyed: optionalText(input.goodsDestroyed, "input.goodsDestroyed", 500),
    outcomeReason,
  };
}

/**
 * The whole of every agency's `close<Type>` mutation: only the owning agency, only inside its
 * region, once, and not before the case's own date `dateField`. One transaction; a refusal writes nothing.
 */
export async function closeAdminCase<T extends { id: string; region: string; closedOn?: string | null }>(
  ctx: Context, owner: Agency, entity: EntityName<T>, input: CloseAdminCaseInput, dateField: keyof T & string,
): Promise<T> {
  assertAgency(ctx, owner);
  const id = requireId(input.caseId, "input.caseId", "case");
  return ctx.em.transactional(async (em) => {
    const row = await em.findOne(entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // out of region reads as absent, like a lookup
    if (!row || !canRead(ctx.identity, row.region)) throw notFound("input.caseId", "case", input.caseId);
    assertCanWrite(ctx, owner, row.region, "input.caseId");
    if (row.closedOn) throw badInput("input.caseId", `the case was already closed on ${row.closedOn}`);
    const outcome = checkOutcome(input, String(row[dateField]), ctx.now());
    // the closure is a version of the case's history: the outcome's fields, from empty
    const meta = em.getMetadata().get((entity as { name: string }).name);
    const changes = changesOf(meta, row, outcome);
    em.assign(row, outcome as never);
    await addVersion(em, ctx, meta.className, String(row.id), VersionAction.CLOSED, changes, outcome.outcomeReason ?? `结案: ${outcome.outcome}`);
    return row;
  });
}
