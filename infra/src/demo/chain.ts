import { ReferralStatus } from "@ipr/linkage";
import { Verdict } from "@ipr/courts";
import { END, addDays } from "./dates";
import type { Register } from "./enterprises";
import { handOverEvidence, notifyClues } from "./exchanges";
import { refer } from "./linkage";
import { OFFENCE_NAMES, fileCriminalCase, generateOwnCases, type FiledCase } from "./police";
import { generateMisconduct, review, supervise } from "./procuratorate";
import { civilAndAdministrative, tryProsecution } from "./courts";
import type { SourceCase, World } from "./world";

/** Criminal cases the police file of their own per unit of scale, besides those referred to them. */
const OWN_CASES_PER_SCALE = 90;

/** How often the procuratorate supervises a referral the police declined (above all on reconsideration) or left overdue. */
const SUPERVISED: Record<ReferralStatus, number> = {
  FILED: 0, DECLINED: 0.35, RECONSIDERATION_DECLINED: 0.6, SENT: 0.3, RECONSIDERATION_REQUESTED: 0.3,
};

/**
 * The chain after the administrative cases: most cases over the threshold are referred, the police
 * decide, the procuratorate supervises some declines, reviews arrests and prosecutes, the courts try
 * the prosecutions and hear the right holders' civil suits. Returns, per source case, how it ended,
 * for the office's typical cases.
 */
export function generateChain(world: World, register: Register): Map<string, string> {
  const rnd = world.random("chain");
  const filed: FiledCase[] = [];
  const sourceOf = new Map<string, SourceCase>();
  const outcomes = new Map<string, string>();
  const fileFor = (source: SourceCase) => (filedOn: string, at: Date) => {
    const { region, offence, amount, holder, infringer } = source;
    const c = fileCriminalCase(world, rnd, { region, filedOn, offence: offence!, amount, holder, infringer, at });
    filed.push(c);
    sourceOf.set(c.id, source);
    outcomes.set(source.id, `经移送，公安机关以涉嫌${OFFENCE_NAMES[source.offence!]}立案侦查。`);
    return c.id;
  };

  // a referral needs five days for its steps before the data set ends
  const lastSent = addDays(END, -5);
  for (const source of world.sources) {
    if (!source.offence || !rnd.chance(source.overThreshold ? 0.8 : 0.015)) continue;
    const sentOn = addDays(source.date, rnd.int(5, 40));
    if (sentOn > lastSent) continue;
    const referral = refer(world, rnd, source, sentOn, fileFor(source));
    if (rnd.chance(0.85)) handOverEvidence(world, rnd, referral, source);
    if (rnd.chance(SUPERVISED[referral.status])) supervise(world, rnd, referral, fileFor(source));
  }
  notifyClues(world, rnd);
  filed.push(...generateOwnCases(world, register, OWN_CASES_PER_SCALE));

  for (const c of filed) {
    const prosecution = review(world, rnd, c);
    const trial = prosecution && tryProsecution(world, rnd, c, prosecution);
    const source = sourceOf.get(c.id);
    if (!source || trial?.verdict !== Verdict.GUILTY) continue;
    const when = `${trial.decidedOn.slice(0, 4)}年${Number(trial.decidedOn.slice(5, 7))}月`;
    outcomes.set(source.id, `经移送公安机关立案侦查，${when}人民法院以${OFFENCE_NAMES[c.offence]}判处被告人有期徒刑，最高${trial.prisonMonths}个月。`);
  }
  for (const source of world.sources) civilAndAdministrative(world, rnd, source);
  generateMisconduct(world, rnd, filed);
  return outcomes;
}
