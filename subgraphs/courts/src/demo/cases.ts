import {
  atLocal, round, unitOf, within, year, type Decided, type FiledCase, type Random, type SourceCase, type Trial, type World,
} from "@ipr/shared/demo";
import { CourtCaseKind, CourtIpType, type CourtCase } from "../entities/court-case";
import { Verdict, type Judgment } from "../entities/judgment";
import type { Sentence } from "../entities/sentence";

/** The court case's IP type by CriminalOffence. */
const IP_TYPE: Record<string, CourtIpType> = {
  COUNTERFEITING_TRADEMARK: CourtIpType.TRADEMARK, SELLING_COUNTERFEIT_TRADEMARK_GOODS: CourtIpType.TRADEMARK, ILLEGAL_TRADEMARK_LABELS: CourtIpType.TRADEMARK,
  PATENT_PASSING_OFF: CourtIpType.PATENT, COPYRIGHT_INFRINGEMENT: CourtIpType.COPYRIGHT, SELLING_INFRINGING_COPIES: CourtIpType.COPYRIGHT,
  TRADE_SECRET_INFRINGEMENT: CourtIpType.TRADE_SECRET, COUNTERFEIT_GOODS: CourtIpType.OTHER,
};
const DIVISION = { CRIMINAL: "刑初", CIVIL: "民初", ADMINISTRATIVE: "行初" } as const;

/** Files a court case, numbered like （2017）粤03刑初123号: the unit's abbreviation and the city's court code. */
interface Filing {
  ipType: CourtIpType;
  foreignInvested: boolean;
  prosecutionId?: string;
  plaintiff?: string | null;
  defendant?: string | null;
}

function fileCase(world: World, rnd: Random, kind: CourtCaseKind, region: string, filedOn: string, facts: Filing) {
  const n = world.serial("court-case");
  const id = world.id("court-case", n);
  world.rows<CourtCase>("courts", "courtCases").push({
    id, caseNumber: `（${year(filedOn)}）${unitOf(region).abbr}${region.slice(2, 4)}${DIVISION[kind]}${n}号`, kind, region, filedOn, ipType: facts.ipType,
    prosecutionId: facts.prosecutionId ?? null, plaintiffCreditCode: facts.plaintiff ?? null, defendantCreditCode: facts.defendant ?? null,
    foreignInvested: facts.foreignInvested, createdAt: atLocal(filedOn, rnd.int(9, 17)),
  });
  return id;
}

function judge(world: World, rnd: Random, courtCase: string, region: string, decidedOn: string, verdict: Verdict, amounts: { fine?: string | null; damages?: string | null }) {
  const id = world.id("judgment", courtCase);
  world.rows<Judgment>("courts", "judgments").push({ id, courtCase, region, decidedOn, verdict, fine: amounts.fine ?? null, damages: amounts.damages ?? null, createdAt: atLocal(decidedOn, rnd.int(9, 17)) });
  return id;
}

/**
 * The criminal trial of a prosecution (most prosecutions reach a court within days): mostly GUILTY,
 * every defendant sentenced, prison terms of up to three years often suspended, fines in proportion
 * to the amount; a unit defendant now and then.
 */
export function tryProsecution(world: World, rnd: Random, filed: FiledCase, prosecution: Decided): Trial | null {
  if (prosecution.decision !== "PROSECUTED" || !rnd.chance(0.95)) return null; // ProsecutionDecision
  const filedOn = within(prosecution.decidedOn, rnd.int(1, 12));
  if (!filedOn) return null;
  const unit = filed.infringer && rnd.chance(0.1) ? filed.infringer : null;
  const courtCase = fileCase(world, rnd, CourtCaseKind.CRIMINAL, filed.region, filedOn, {
    ipType: IP_TYPE[filed.offence], foreignInvested: filed.foreignInvested, prosecutionId: prosecution.id, defendant: unit,
  });
  const decidedOn = within(filedOn, rnd.int(20, 100));
  if (!decidedOn) return null; // on trial when the data set ends
  if (!rnd.chance(0.97)) {
    judge(world, rnd, courtCase, filed.region, decidedOn, Verdict.NOT_GUILTY, {});
    return { verdict: Verdict.NOT_GUILTY, decidedOn, prisonMonths: 0 };
  }
  const each = Number(filed.amount) / prosecution.defendants.length;
  const sentences = prosecution.defendants.map((personId, position) => {
    const prisonMonths = rnd.chance(0.8) ? rnd.int(6, 36) : rnd.int(37, 84);
    // probation (缓刑) only for terms of up to three years, at least as long as the term and 2 months, at most 5 years
    const probationMonths = prisonMonths <= 36 && rnd.chance(0.55) ? rnd.int(Math.max(prisonMonths, 12), 60) : null;
    return { id: world.id("sentence", courtCase, position), personId, region: filed.region, position, prisonMonths, probationMonths, fine: round(each * (0.3 + 0.5 * rnd.next())) };
  });
  const unitFine = unit ? Number(round(Number(filed.amount) * 0.5)) : 0;
  const fine = (sentences.reduce((s, x) => s + Number(x.fine), 0) + unitFine).toFixed(2);
  const judgment = judge(world, rnd, courtCase, filed.region, decidedOn, Verdict.GUILTY, { fine });
  for (const s of sentences) world.rows<Sentence>("courts", "sentences").push({ ...s, judgment });
  return { verdict: Verdict.GUILTY, decidedOn, prisonMonths: Math.max(...sentences.map((s) => s.prisonMonths)) };
}

/** Civil suits of foreign-invested right holders against the infringers of their cases (patent disputes above all). */
const SUE: Partial<Record<CourtIpType, number>> = { PATENT: 0.2, TRADEMARK: 0.04, COPYRIGHT: 0.05, TRADE_SECRET: 0.08, PLANT_VARIETY: 0.1, UNFAIR_COMPETITION: 0.05 };

export function civilAndAdministrative(world: World, rnd: Random, source: SourceCase) {
  if (!source.infringer) return;
  if (source.holder.foreignInvested && rnd.chance(SUE[source.ipType as CourtIpType] ?? 0)) {
    const filedOn = within(source.date, rnd.int(30, 200));
    if (!filedOn) return;
    const courtCase = fileCase(world, rnd, CourtCaseKind.CIVIL, source.region, filedOn, {
      ipType: source.ipType as CourtIpType, foreignInvested: true, plaintiff: source.holder.creditCode, defendant: source.infringer,
    });
    const decidedOn = within(filedOn, rnd.int(60, 240));
    if (!decidedOn) return;
    const verdict = rnd.weighted([[Verdict.FOR_PLAINTIFF, 60], [Verdict.SETTLED, 28], [Verdict.FOR_DEFENDANT, 12]] as const);
    judge(world, rnd, courtCase, source.region, decidedOn, verdict, { damages: verdict === Verdict.FOR_DEFENDANT ? null : round(Number(source.amount) * (0.3 + 1.7 * rnd.next())) });
  } else if (rnd.chance(0.01)) {
    // the infringer sues the agency over its penalty decision; the agency mostly wins
    const filedOn = within(source.date, rnd.int(60, 120));
    if (!filedOn) return;
    const courtCase = fileCase(world, rnd, CourtCaseKind.ADMINISTRATIVE, source.region, filedOn, {
      ipType: source.ipType as CourtIpType, foreignInvested: source.holder.foreignInvested, plaintiff: source.infringer,
    });
    const decidedOn = within(filedOn, rnd.int(45, 180));
    if (decidedOn) judge(world, rnd, courtCase, source.region, decidedOn, rnd.chance(0.85) ? Verdict.FOR_DEFENDANT : Verdict.FOR_PLAINTIFF, {});
  }
}
