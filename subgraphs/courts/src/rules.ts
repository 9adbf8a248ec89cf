import { badInput, isUuid, requireCreditCode, requireNonNegativeAmount } from "@ipr/shared";
import { CourtCaseKind } from "./entities/court-case";
import { Verdict } from "./entities/judgment";
import type { FileCourtCaseInput, RecordJudgmentInput, SentenceInput } from "./schema/inputs";

/*
 * The rules of the three kinds of case, as pure checks on the input: everything here runs before
 * any SQL statement or peer call. Each error names the input path it is about.
 */

/** The parties each kind of case needs: a civil suit is between two enterprises, an administrative one has an enterprise suing an agency. */
export function checkParties(input: FileCourtCaseInput) {
  const plaintiff = input.plaintiffCreditCode?.trim() || null;
  const defendant = input.defendantCreditCode?.trim() || null;
  if (plaintiff) requireCreditCode(plaintiff, "input.plaintiffCreditCode");
  if (defendant) requireCreditCode(defendant, "input.defendantCreditCode");
  switch (input.kind) {
    case CourtCaseKind.CIVIL:
      if (!plaintiff) throw badInput("input.plaintiffCreditCode", "a civil case needs the plaintiff enterprise");
      if (!defendant) throw badInput("input.defendantCreditCode", "a civil case needs the defendant enterprise");
      break;
    case CourtCaseKind.ADMINISTRATIVE:
      if (!plaintiff) throw badInput("input.plaintiffCreditCode", "an administrative case needs the enterprise suing the agency");
      break;
    case CourtCaseKind.CRIMINAL:
      break;
  }
  if (plaintiff && plaintiff === defendant) throw badInput("input.defendantCreditCode", "is the plaintiff itself");

  // only a criminal case tries a prosecution; the others must not claim one
  const prosecutionId = input.prosecutionId?.trim() || null;
  if (input.kind === CourtCaseKind.CRIMINAL && !prosecutionId)
    throw badInput("input.prosecutionId", "a criminal case tries a prosecution: give its id");
  if (input.kind !== CourtCaseKind.CRIMINAL && prosecutionId)
    throw badInput("input.prosecutionId", `only a CRIMINAL case tries a prosecution, not a ${input.kind} one`);
  return { plaintiff, defendant, prosecutionId };
}

const VERDICTS: Record<CourtCaseKind, readonly Verdict[]> = {
  [CourtCaseKind.CRIMINAL]: [Verdict.GUILTY, Verdict.NOT_GUILTY],
  [CourtCaseKind.CIVIL]: [Verdict.SETTLED, Verdict.FOR_PLAINTIFF, Verdict.FOR_DEFENDANT],
  [CourtCaseKind.ADMINISTRATIVE]: [Verdict.FOR_PLAINTIFF, Verdict.FOR_DEFENDANT],
};

/** Longest prison term recorded: 25 years, the cap for combined fixed terms (Criminal Law art. 69). */
export const MAX_PRISON_MONTHS = 300;
/** Probation only for criminal detention or imprisonment of at most 3 years (art. 72). */
const MAX_SUSPENDED_MONTHS = 36;
/** Probation lasts at least the term, at least 2 months, at most 5 years (art. 73). */
const MIN_PROBATION_MONTHS = 2;
const MAX_PROBATION_MONTHS = 60;

export interface CheckedSentence {
  personId: string;
  prisonMonths: number;
  probationMonths: number | null;
  fine: string | null;
}

function checkSentence(s: SentenceInput, at: string): CheckedSentence {
  if (!isUuid(s.personId)) throw badInput(`${at}.personId`, `${JSON.stringify(s.personId)} is not a Person id`);
  if (!Number.isInteger(s.prisonMonths) || s.prisonMonths < 0 || s.prisonMonths > MAX_PRISON_MONTHS)
    throw badInput(`${at}.prisonMonths`, `must be between 0 and ${MAX_PRISON_MONTHS} months`);
  const probation = s.probationMonths ?? null;
  if (probation !== null) {
    if (s.prisonMonths === 0 || s.prisonMonths > MAX_SUSPENDED_MONTHS)
      throw badInput(`${at}.probationMonths`, `only a prison term of 1 to ${MAX_SUSPENDED_MONTHS} months can be suspended`);
    const least = Math.max(s.prisonMonths, MIN_PROBATION_MONTHS);
    if (!Number.isInteger(probation) || probation < least || probation > MAX_PROBATION_MONTHS)
      throw badInput(`${at}.probationMonths`, `must be between ${least} and ${MAX_PROBATION_MONTHS} months for a term of ${s.prisonMonths}`);
  }
  const fine = s.fine ?? null;
  if (fine !== null) requireNonNegativeAmount(fine, `${at}.fine`);
  // prison 0 and no fine is a conviction exempt from punishment (免予刑事处罚, art. 37): allowed
  return { personId: s.personId.toLowerCase(), prisonMonths: s.prisonMonths, probationMonths: probation, fine };
}

/** Checks a judgment against the kind of its case: which verdicts, amounts and sentences fit. */
export function checkJudgment(input: RecordJudgmentInput, kind: CourtCaseKind): CheckedSentence[] {
  if (!VERDICTS[kind].includes(input.verdict))
    throw badInput("input.verdict", `a ${kind} case ends ${VERDICTS[kind].join(", ")}, not ${input.verdict}`);
  const guilty = input.verdict === Verdict.GUILTY;
  if (input.fine != null) {
    requireNonNegativeAmount(input.fine, "input.fine");
    if (!guilty) throw badInput("input.fine", "only a GUILTY criminal judgment imposes a fine");
  }
  if (input.damages != null) {
    requireNonNegativeAmount(input.damages, "input.damages");
    if (kind !== CourtCaseKind.CIVIL || (input.verdict !== Verdict.FOR_PLAINTIFF && input.verdict !== Verdict.SETTLED))
      throw badInput("input.damages", "damages are awarded only in a civil case decided FOR_PLAINTIFF or SETTLED");
  }
  const sentences = input.sentences ?? [];
  if (!guilty && sentences.length > 0) throw badInput("input.sentences", `a ${input.verdict} judgment sentences no one`);
  if (guilty && sentences.length === 0) throw badInput("input.sentences", "a GUILTY judgment sentences at least one defendant");
  const seen = new Map<string, number>();
  return sentences.map((s, i) => {
    const checked = checkSentence(s, `input.sentences[${i}]`);
    const first = seen.get(checked.personId);
    if (first !== undefined) throw badInput(`input.sentences[${i}].personId`, `is the same person as input.sentences[${first}]`);
    seen.set(checked.personId, i);
    return checked;
  });
}
