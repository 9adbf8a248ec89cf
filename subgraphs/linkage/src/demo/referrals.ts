import { Agency } from "@ipr/shared";
import { addDays, atLocal, chinaDate, type Random, type Row, type SourceCase, type World } from "@ipr/shared/demo";
import { DECISION_DAYS, RECONSIDERATION_DECISION_DAYS, endOfDayAfter } from "../deadlines";
import { ReferralStatus, type Referral } from "../entities/referral";
import { ReferralEventKind, type ReferralEvent } from "../entities/referral-event";
import type { EnforcementCaseType } from "../sources";

/** A referral row with the fields the procuratorate's supervision reads typed. */
export type ReferralRow = Omit<Row<Referral>, "id" | "region" | "status" | "sentAt" | "decidedAt" | "decisionDueAt"> & {
  id: string;
  region: string;
  status: ReferralStatus;
  sentAt: Date;
  decidedAt: Date | null;
  decisionDueAt: Date | null;
};

const DECLINE_REASONS = ["证据不足，不符合立案条件", "现有证据不能证明达到刑事追诉标准", "认为没有犯罪事实", "情节显著轻微，不认为是犯罪"];

/** A police decision some hours to days after the step it answers: most within the 3 days, a few late. */
function decisionAt(rnd: Random, after: Date, lateShare: number): Date {
  const days = rnd.chance(lateShare) ? rnd.int(DECISION_DAYS + 1, DECISION_DAYS + 2) : rnd.weighted([[0, 10], [1, 35], [2, 30], [3, 25]] as const);
  const at = atLocal(addDays(chinaDate(after), days), rnd.int(10, 18), rnd.int(0, 59));
  return at.getTime() > after.getTime() ? at : new Date(after.getTime() + 3600_000);
}

/**
 * Refers a case to the police on `sentOn` and plays the referral through (decree 310): most are
 * filed (`file` opens the criminal case and returns its id), some declined, a third of the declines
 * sent back for reconsideration, a few left undecided past the deadline. `sentOn` must leave the five
 * days the steps need before the end of the data set.
 */
export function refer(world: World, rnd: Random, source: SourceCase, sentOn: string, file: (filedOn: string, at: Date) => string): ReferralRow {
  const n = world.serial("referral");
  const sentAt = atLocal(sentOn, rnd.int(9, 17), rnd.int(0, 59));
  const referral: ReferralRow = {
    id: world.id("referral", n), sourceType: source.type as EnforcementCaseType, sourceId: source.id, fromAgency: source.agency, region: source.region,
    reason: `${source.overThreshold ? "涉案金额达到刑事追诉标准，" : ""}涉嫌${world.steps.offenceName(source.offence!)}`, sentAt, status: ReferralStatus.SENT,
    decisionDueAt: endOfDayAfter(sentAt, DECISION_DAYS), decidedAt: null, decisionReason: null, reconsiderationRequestedAt: null,
    reconsiderationReason: null, criminalCaseId: null,
  };
  world.rows<Referral>("linkage", "referrals").push(referral);
  // the referring agency closes its case by referring it (REFERRED_TO_POLICE, see the kit's closeAdminCases)
  if (!world.referredOn.has(source.id)) world.referredOn.set(source.id, sentOn);
  const event = (kind: ReferralEventKind, at: Date, agency: Agency, note: string | null = null) =>
    world.rows<ReferralEvent>("linkage", "events").push({ id: world.id("referral-event", n, kind), referral: referral.id, kind, at, agency, actor: `${agency.toLowerCase()}-${source.region}`, note });
  event(ReferralEventKind.SENT, sentAt, source.agency);

  const decideFiled = (at: Date) => {
    Object.assign(referral, { status: ReferralStatus.FILED, decidedAt: at, decisionReason: null, decisionDueAt: null, criminalCaseId: file(chinaDate(at), at) });
    event(ReferralEventKind.FILED, at, Agency.POLICE);
  };
  // below the threshold the police mostly decline
  const first = rnd.weighted(source.overThreshold ? ([["FILED", 80], ["DECLINED", 16], ["PENDING", 4]] as const) : ([["FILED", 30], ["DECLINED", 70]] as const));
  if (first === "PENDING") return referral;
  const decidedAt = decisionAt(rnd, sentAt, 0.05);
  if (first === "FILED") {
    decideFiled(decidedAt);
    return referral;
  }
  const reason = rnd.pick(DECLINE_REASONS);
  Object.assign(referral, { status: ReferralStatus.DECLINED, decidedAt, decisionReason: reason, decisionDueAt: null });
  event(ReferralEventKind.DECLINED, decidedAt, Agency.POLICE, reason);

  // the referring agency may ask for reconsideration within 3 days; the police answer within 3 more
  const requestedOn = addDays(chinaDate(decidedAt), rnd.int(1, 3));
  if (!rnd.chance(0.35) || addDays(requestedOn, RECONSIDERATION_DECISION_DAYS) > "2018-12-31") return referral;
  const requestedAt = atLocal(requestedOn, rnd.int(9, 17), rnd.int(0, 59));
  const why = "案件事实清楚，证据确实充分，涉案金额已达追诉标准，请予复议";
  Object.assign(referral, {
    status: ReferralStatus.RECONSIDERATION_REQUESTED, reconsiderationRequestedAt: requestedAt, reconsiderationReason: why,
    decisionDueAt: endOfDayAfter(requestedAt, RECONSIDERATION_DECISION_DAYS),
  });
  event(ReferralEventKind.RECONSIDERATION_REQUESTED, requestedAt, source.agency, why);
  const second = rnd.weighted([["FILED", 30], ["DECLINED", 55], ["PENDING", 15]] as const);
  if (second === "PENDING") return referral;
  const answeredAt = decisionAt(rnd, requestedAt, 0);
  if (second === "FILED") decideFiled(answeredAt);
  else {
    const again = "经复议，维持不予立案决定";
    Object.assign(referral, { status: ReferralStatus.RECONSIDERATION_DECLINED, decidedAt: answeredAt, decisionReason: again, decisionDueAt: null });
    event(ReferralEventKind.RECONSIDERATION_DECLINED, answeredAt, Agency.POLICE, again);
  }
  return referral;
}

/**
 * The police file a referral under the procuratorate's supervision: they record it on linkage, the
 * filing's owner (FILED_UNDER_SUPERVISION for a decline, FILED for one left overdue), so the
 * supervision, the referral and the criminal case tell one story. Wraps the `file` the supervision calls.
 */
export function fileUnderSupervision(world: World, referral: ReferralRow, file: (filedOn: string, at: Date) => string) {
  return (filedOn: string, at: Date) => {
    const criminalCaseId = file(filedOn, at);
    const declined = referral.status === ReferralStatus.DECLINED || referral.status === ReferralStatus.RECONSIDERATION_DECLINED;
    const kind = declined ? ReferralEventKind.FILED_UNDER_SUPERVISION : ReferralEventKind.FILED;
    Object.assign(referral, { status: ReferralStatus.FILED, decidedAt: at, decisionReason: null, decisionDueAt: null, criminalCaseId });
    world.rows<ReferralEvent>("linkage", "events").push({
      id: world.id("referral-event", referral.id, kind), referral: referral.id, kind, at, agency: Agency.POLICE, actor: `police-${referral.region}`, note: "经检察机关立案监督，公安机关立案侦查",
    });
    return criminalCaseId;
  };
}
