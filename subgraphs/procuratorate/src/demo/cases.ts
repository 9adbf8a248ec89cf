import { Agency } from "@ipr/shared";
import {
  END, UNITS, addDays, atLocal, chinaDate, cityOf, maxDate, personName, shortName, within, year,
  type Decided, type FileCriminalCase, type FiledCase, type Random, type ReferralRecord, type Row, type World,
} from "@ipr/shared/demo";
import { ArrestDecision, type ArrestReview } from "../entities/arrest-review";
import type { ArrestReviewPerson } from "../entities/arrest-review-person";
import { FilingSupervisionStatus, type FilingSupervision } from "../entities/filing-supervision";
import { FilingSupervisionEventKind, type FilingSupervisionEvent } from "../entities/filing-supervision-event";
import { MisconductOffence, type MisconductCase } from "../entities/misconduct-case";
import { ProsecutionDecision, type Prosecution } from "../entities/prosecution";
import type { ProsecutionDefendant } from "../entities/prosecution-defendant";
import { EXPLANATION_DAYS, FILING_DAYS, endOfDayAfter } from "../deadlines";

/** The procuratorate's collections of the demo set, as its manifest's seed tables name them. */
const tables = (world: World) => ({
  arrestReviews: world.rows<ArrestReview>("procuratorate", "arrestReviews"),
  arrestReviewPersons: world.rows<ArrestReviewPerson>("procuratorate", "arrestReviewPersons"),
  prosecutions: world.rows<Prosecution>("procuratorate", "prosecutions"),
  prosecutionDefendants: world.rows<ProsecutionDefendant>("procuratorate", "prosecutionDefendants"),
  filingSupervisions: world.rows<FilingSupervision>("procuratorate", "filingSupervisions"),
  filingSupervisionEvents: world.rows<FilingSupervisionEvent>("procuratorate", "filingSupervisionEvents"),
  misconductCases: world.rows<MisconductCase>("procuratorate", "misconductCases"),
});

/**
 * Arrest review of the suspects caught (mostly approved), then review for prosecution (mostly
 * prosecuted) of the same persons, each decided on or after the step before. Steps that would fall
 * after the end of the data set have not happened yet.
 */
export function review(world: World, rnd: Random, filed: FiledCase): Decided | null {
  const caught = filed.suspects.filter((s) => s.caughtOn !== null);
  if (caught.length === 0) return null; // all at large: nothing to review
  const lastCaught = maxDate(...caught.map((s) => s.caughtOn!));
  const common = (decidedOn: string) => ({
    criminalCaseId: filed.id, decidedOn, region: filed.region, foreignInvested: filed.foreignInvested, createdAt: atLocal(decidedOn, 16),
  });
  const p = tables(world);

  let arrest: ArrestDecision | null = null;
  let since = lastCaught;
  const reviewedOn = rnd.chance(0.85) ? within(lastCaught, rnd.int(3, 14)) : null;
  if (reviewedOn) {
    arrest = rnd.chance(0.88) ? ArrestDecision.APPROVED : ArrestDecision.DISAPPROVED;
    const id = world.id("arrest-review", world.serial("arrest-review"));
    p.arrestReviews.push({ id, ...common(reviewedOn), decision: arrest });
    // the police ask to arrest the principal suspects; accomplices may stay on bail
    const asked = caught.length > 1 && rnd.chance(0.25) ? caught.slice(0, rnd.int(1, caught.length - 1)) : caught;
    asked.forEach((s, position) => p.arrestReviewPersons.push({ id: world.id("arrest-review-person", id, position), arrestReview: id, personId: s.id, position }));
    since = reviewedOn;
  }
  // without detention (arrest refused or never asked) fewer cases reach prosecution
  if (!rnd.chance(arrest === ArrestDecision.APPROVED ? 0.92 : 0.55)) return null;
  const decidedOn = within(since, rnd.int(45, 150));
  if (!decidedOn) return null;
  const decision = rnd.chance(0.92) ? ProsecutionDecision.PROSECUTED : ProsecutionDecision.NOT_PROSECUTED;
  const id = world.id("prosecution", world.serial("prosecution"));
  p.prosecutions.push({ id, ...common(decidedOn), decision, charges: decision === ProsecutionDecision.PROSECUTED ? world.steps.offenceName(filed.offence) : null });
  caught.forEach((s, position) => p.prosecutionDefendants.push({ id: world.id("prosecution-defendant", id, position), prosecution: id, personId: s.id, position }));
  return { id, decision, decidedOn, defendants: caught.map((s) => s.id) };
}

/**
 * Filing supervision (立案监督) of a referral the police declined or left overdue: the police must
 * explain within 7 days; the procuratorate accepts the reasons (CLOSED) or orders filing, and the
 * police file within 15 days (`file` opens that criminal case). Some supervisions are still open.
 */
export function supervise(world: World, rnd: Random, referral: ReferralRecord, file: FileCriminalCase) {
  // a pending referral is supervised once overdue, a declined one after the decline
  const after = chinaDate((referral.decisionDueAt ?? referral.decidedAt)!);
  const requiredOn = addDays(after, rnd.int(5, 20));
  if (addDays(requiredOn, EXPLANATION_DAYS) > END) return;
  const n = world.serial("filing-supervision");
  const requiredAt = atLocal(requiredOn, rnd.int(9, 11));
  const reason = referral.decisionDueAt ? "公安机关逾期未作出是否立案决定" : "行政执法机关移送的涉嫌犯罪案件，公安机关不予立案，理由可能不能成立";
  const id = world.id("filing-supervision", n);
  const s: Row<FilingSupervision> = {
    id, referralId: referral.id, region: referral.region, reason, openedOn: requiredOn,
    explanationRequiredAt: requiredAt, explanationDueAt: endOfDayAfter(requiredAt, EXPLANATION_DAYS), explanationReceivedAt: null, explanation: null,
    filingOrderedAt: null, filingDueAt: null, filedAt: null, closedAt: null, closingReason: null,
    status: FilingSupervisionStatus.EXPLANATION_REQUIRED,
  };
  tables(world).filingSupervisions.push(s);
  const event = (kind: FilingSupervisionEventKind, at: Date, note: string | null = null) =>
    tables(world).filingSupervisionEvents.push({
      id: world.id("filing-supervision-event", n, kind), supervision: id, kind, at, agency: Agency.PROCURATORATE, actor: `procuratorate-${referral.region}`, note,
    });
  event(FilingSupervisionEventKind.EXPLANATION_REQUIRED, requiredAt, reason);

  const step = (from: Date, min: number, max: number, hour: number) => {
    const day = within(chinaDate(from), rnd.int(min, max));
    return day ? atLocal(day, hour) : null;
  };
  const receivedAt = rnd.chance(0.85) ? step(requiredAt, 1, 8, 15) : null;
  if (!receivedAt) return;
  const explanation = "涉案证据不足以证明达到追诉标准";
  Object.assign(s, { explanationReceivedAt: receivedAt, explanation, status: FilingSupervisionStatus.EXPLAINED });
  event(FilingSupervisionEventKind.EXPLANATION_RECEIVED, receivedAt, explanation);
  const next = rnd.weighted([["CLOSE", 50], ["ORDER", 35], ["WAIT", 15]] as const);
  if (next === "CLOSE") {
    const closedAt = step(receivedAt, 3, 15, 16);
    if (!closedAt) return;
    const closing = "不立案理由成立";
    Object.assign(s, { closedAt, closingReason: closing, status: FilingSupervisionStatus.CLOSED });
    event(FilingSupervisionEventKind.CLOSED, closedAt, closing);
  } else if (next === "ORDER") {
    const orderedAt = step(receivedAt, 3, 10, 10);
    if (!orderedAt) return;
    Object.assign(s, { filingOrderedAt: orderedAt, filingDueAt: endOfDayAfter(orderedAt, FILING_DAYS), status: FilingSupervisionStatus.FILING_ORDERED });
    event(FilingSupervisionEventKind.FILING_ORDERED, orderedAt, "不立案理由不能成立，通知公安机关立案");
    const filedAt = rnd.chance(0.8) ? step(orderedAt, 1, FILING_DAYS, 17) : null;
    if (!filedAt) return;
    file(chinaDate(filedAt), filedAt); // the police record the filing on the referral (linkage): the case is its fact
    Object.assign(s, { filedAt, status: FilingSupervisionStatus.FILED });
    event(FilingSupervisionEventKind.FILED, filedAt);
  }
}

const OFFICIALS: ReadonlyArray<readonly [Agency, string]> = [
  [Agency.SAIC, "市场监督管理局稽查科科长"], [Agency.SAIC, "工商所所长"], [Agency.POLICE, "公安分局经侦大队民警"],
  [Agency.CUSTOMS, "海关查验科科员"], [Agency.IPO, "知识产权局执法处副处长"], [Agency.PRESS, "文化市场综合执法支队队员"], [Agency.AGRICULTURE, "农业局种子站站长"],
];

const MISCONDUCT = [
  [MisconductOffence.CONNIVING_AT_COUNTERFEITING, 30], [MisconductOffence.BRIBERY, 25], [MisconductOffence.ABUSE_OF_POWER, 15],
  [MisconductOffence.DERELICTION_OF_DUTY, 15], [MisconductOffence.SHIELDING_CRIMINALS, 10], [MisconductOffence.BENDING_THE_LAW, 5],
] as const;

/** A few duty-crime cases against officials who shielded counterfeiters whose crimes were later filed. */
export function generateMisconduct(world: World, rnd: Random, filed: FiledCase[]) {
  for (const unit of UNITS) {
    const candidates = filed.filter((c) => c.region.startsWith(unit.code.slice(0, 2)));
    for (let i = rnd.count(world.scale * unit.weight * 0.15); i > 0 && candidates.length > 0; i--) {
      const related = rnd.pick(candidates);
      const filedOn = within(related.filedOn, rnd.int(30, 200));
      if (!filedOn) continue;
      const [agency, post] = rnd.pick(OFFICIALS);
      const n = world.serial("misconduct-case");
      tables(world).misconductCases.push({
        id: world.id("misconduct-case", n), caseNumber: `${shortName(cityOf(related.region))}检立〔${year(filedOn)}〕${n}号`, region: related.region, filedOn,
        offence: rnd.weighted(MISCONDUCT),
        officialName: personName(rnd), officialPosition: `${shortName(cityOf(related.region))}${post}`, officialAgency: agency, relatedCriminalCaseId: related.id,
        description: "为制售假冒商品的犯罪分子通风报信、提供保护", createdAt: atLocal(filedOn, 15),
      });
    }
  }
}
