import {
  Agency, assertCanWrite, assertRegion, badInput, canRead, correctionResolvers, isUuid, notFound, requireId, requireText, todayIn, type Context, type RecordDependent,
} from "@ipr/shared";
import { AssistanceRequest, AssistanceStatus } from "../entities/assistance-request";
import { Clue, ClueStatus } from "../entities/clue";
import { EvidenceTransfer, EvidenceTransferStatus } from "../entities/evidence-transfer";
import type { Exchange } from "../entities/exchange";
import { Referral, ReferralStatus } from "../entities/referral";
import { CorrectAssistanceRequestInput, CorrectClueInput, CorrectEvidenceTransferInput } from "../schema/exchange-inputs";
import { CorrectReferralDecisionInput, CorrectReferralInput } from "../schema/inputs";
import { checkCriminalCase } from "./referral";

/** A text field whose input name differs from its column (`reason` is the correction's own): given, cleared (refused) or kept. */
function renamedText(given: string | null | undefined, stored: string, field: string, max: number) {
  if (given === null) throw badInput(field, "cannot be cleared; leave it out to keep it");
  return given === undefined ? stored : requireText(given, field, max);
}

/**
 * What relies on a referral inside linkage: the criminal case the police filed for it (the filing
 * is linkage's fact, one owner: the police's case relies on where and why it was referred) and the
 * evidence transfers supporting it (they only forbid withdrawal).
 */
async function referralDependents(ctx: Context, r: Referral): Promise<RecordDependent[]> {
  const filed = r.criminalCaseId ? [{ type: "CriminalCase", id: r.criminalCaseId, subgraph: "police", region: r.region, relies: ["region", "reason"] }] : [];
  const evidence = (await ctx.em.find(EvidenceTransfer, { referralId: r.id }, { orderBy: { sentAt: "asc" } }))
    .map((e) => ({ type: "EvidenceTransfer", id: e.id, subgraph: "linkage", region: e.region, relies: [] }));
  return [...filed, ...evidence];
}

/**
 * correctReferral, withdrawReferral, Referral.history, referralHistory: the referring agency, inside
 * the region it referred to. The procuratorate is asked first (a filing supervision relies on the
 * referral's region and forbids withdrawal); a referral the police filed keeps its region and reason.
 */
export const ReferralCorrections = correctionResolvers({
  typename: "Referral",
  entity: Referral,
  owner: (r) => r.fromAgency,
  input: CorrectReferralInput,
  check: (ctx, corrected, row) => {
    const region = assertRegion(corrected.region, "input.region");
    assertCanWrite(ctx, row.fromAgency, region, "input.region");
    return { region, reason: renamedText(corrected.referralReason, row.reason, "input.referralReason", 2000) };
  },
  inputNames: { reason: "referralReason" },
  ownDependents: referralDependents,
  dependents: ["procuratorate"],
});

/**
 * correctReferralDecision: the police, inside the referral's region, correct the criminal case a FILED
 * referral names (checked as when deciding: visible, filed no earlier than the referral was sent, not
 * answering another referral) or the reason of their decision. Versions join the referral's history.
 * The procuratorate is asked first: a supervision that recorded the filing relies on the case named.
 */
export const ReferralDecisionCorrections = correctionResolvers({
  typename: "ReferralDecision",
  partOf: "Referral",
  entity: Referral,
  owner: Agency.POLICE,
  input: CorrectReferralDecisionInput,
  check: async (ctx, corrected, row) => {
    if (row.status === ReferralStatus.SENT || row.status === ReferralStatus.RECONSIDERATION_REQUESTED)
      throw badInput("input.id", `the police have not decided the referral yet (${row.status}): decide it with decideReferral`);
    const filed = row.status === ReferralStatus.FILED;
    const declined = !filed;
    let criminalCaseId: string | null = corrected.criminalCaseId ?? null;
    if (filed) {
      if (!criminalCaseId) throw badInput("input.criminalCaseId", "a FILED referral names its criminal case");
      criminalCaseId = requireId(criminalCaseId, "input.criminalCaseId", "CriminalCase");
      if (criminalCaseId !== row.criminalCaseId) {
        await checkCriminalCase(ctx, criminalCaseId, row);
        const other = await ctx.em.findOne(Referral, { criminalCaseId, id: { $ne: row.id } });
        if (other) throw badInput("input.criminalCaseId", "that criminal case already answers another referral");
      }
    } else if (criminalCaseId) throw badInput("input.criminalCaseId", `a ${row.status} referral names no criminal case`);
    const reason = corrected.decisionReason?.trim() ? requireText(corrected.decisionReason, "input.decisionReason", 2000) : null;
    if (declined && !reason) throw badInput("input.decisionReason", "is required on a declined referral");
    return { criminalCaseId, decisionReason: reason };
  },
  dependents: ["procuratorate"],
});

/** What an exchange's receiver has answered relies on what was sent; an answered exchange cannot be withdrawn. */
const answered = (e: Exchange, done: boolean, relies: string[]): RecordDependent[] =>
  done ? [{ type: `${e.constructor.name}Answer`, id: e.id, subgraph: "linkage", region: e.toRegion, relies }] : [];

/** correctClue, withdrawClue and their history: the sender, inside its region; once the receiver answered, the summary stays. */
export const ClueCorrections = correctionResolvers({
  typename: "Clue",
  entity: Clue,
  owner: (c) => c.fromAgency,
  input: CorrectClueInput,
  check: (_ctx, corrected) => ({ summary: requireText(corrected.summary, "input.summary", 4000) }),
  ownDependents: async (_ctx, c) => answered(c, c.status !== ClueStatus.SENT, ["summary"]),
});

/** correctAssistanceRequest, withdrawAssistanceRequest and their history: the sender; once answered, what was asked stays. */
export const AssistanceRequestCorrections = correctionResolvers({
  typename: "AssistanceRequest",
  entity: AssistanceRequest,
  owner: (a) => a.fromAgency,
  input: CorrectAssistanceRequestInput,
  check: (ctx, corrected, row) => {
    const dueOn = String(corrected.dueOn);
    if (dueOn !== row.dueOn && dueOn < todayIn(ctx.now())) throw badInput("input.dueOn", "is in the past");
    return { subject: requireText(corrected.subject, "input.subject", 4000), dueOn };
  },
  ownDependents: async (_ctx, a) => answered(a, a.status !== AssistanceStatus.OPEN, ["subject", "dueOn"]),
});

/** correctEvidenceTransfer, withdrawEvidenceTransfer and their history: the sender; the items stay (fingerprinted), the referral it supports may be corrected until it is received. */
export const EvidenceTransferCorrections = correctionResolvers({
  typename: "EvidenceTransfer",
  entity: EvidenceTransfer,
  owner: (e) => e.fromAgency,
  input: CorrectEvidenceTransferInput,
  check: async (ctx, corrected) => {
    const id = corrected.referralId as string | null;
    if (!id) return { referralId: null };
    const referral = isUuid(id) ? await ctx.em.findOne(Referral, { id: id.toLowerCase() }) : null;
    if (!referral || !canRead(ctx.identity, referral.region)) throw notFound("input.referralId", "referral", id);
    return { referralId: referral.id };
  },
  ownDependents: async (_ctx, e) => answered(e, e.status !== EvidenceTransferStatus.SENT, ["referralId"]),
});
