import { END, addDays, type FiledCase, type Register, type SourceCase, type World } from "@ipr/shared/demo";
import { ReferralStatus } from "../entities/referral";
import { handOverEvidence, notifyClues } from "./exchanges";
import { fileUnderSupervision, refer } from "./referrals";

/** Criminal cases the police file of their own per unit of scale, besides those referred to them. */
const OWN_CASES_PER_SCALE = 90;

/** How often the procuratorate supervises a referral the police declined (above all on reconsideration) or left overdue. */
const SUPERVISED: Record<ReferralStatus, number> = {
  FILED: 0, DECLINED: 0.35, RECONSIDERATION_DECLINED: 0.6, SENT: 0.3, RECONSIDERATION_REQUESTED: 0.3,
};

/**
 * The chain after the administrative cases: most cases over the threshold are referred, the police
 * decide, the procuratorate supervises some declines, reviews arrests and prosecutes, the courts try
 * the prosecutions and hear the right holders' civil suits. Records, per source case, how it ended
 * (`world.outcomes`), for the office's typical cases. The other agencies' parts are their steps.
 */
export function generateChain(world: World, register: Register) {
  const rnd = world.random("chain");
  const steps = world.steps;
  const filed: FiledCase[] = [];
  const sourceOf = new Map<string, SourceCase>();
  const outcomes = world.outcomes;
  const fileFor = (source: SourceCase) => (filedOn: string, at: Date) => {
    const { region, offence, amount, holder, infringer } = source;
    const c = steps.fileCriminalCase(rnd, { region, filedOn, offence: offence!, amount, holder, infringer, at });
    filed.push(c);
    sourceOf.set(c.id, source);
    outcomes.set(source.id, `经移送，公安机关以涉嫌${steps.offenceName(source.offence!)}立案侦查。`);
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
    if (rnd.chance(SUPERVISED[referral.status])) steps.supervise(rnd, referral, fileUnderSupervision(world, referral, fileFor(source)));
  }
  notifyClues(world, rnd);
  filed.push(...steps.fileOwnCases(register, OWN_CASES_PER_SCALE));

  for (const c of filed) {
    const prosecution = steps.review(rnd, c);
    const trial = prosecution && steps.tryProsecution(rnd, c, prosecution);
    const source = sourceOf.get(c.id);
    if (!source || trial?.verdict !== "GUILTY") continue; // Verdict
    const when = `${trial.decidedOn.slice(0, 4)}年${Number(trial.decidedOn.slice(5, 7))}月`;
    outcomes.set(source.id, `经移送公安机关立案侦查，${when}人民法院以${steps.offenceName(c.offence)}判处被告人有期徒刑，最高${trial.prisonMonths}个月。`);
  }
  for (const source of world.sources) steps.civilAndAdministrative(rnd, source);
  steps.misconduct(rnd, filed);
}
