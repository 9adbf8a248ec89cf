import { Agency, badInput, correctionResolvers, requireText } from "@ipr/shared";
import { FilingSupervision } from "../entities/filing-supervision";
import { MisconductCase } from "../entities/misconduct-case";
import { checkCorrectedMisconductCase } from "../misconduct-checks";
import { CorrectMisconductCaseInput } from "../schema/misconduct-inputs";
import { CorrectFilingSupervisionInput } from "../schema/supervision-inputs";

/**
 * correctFilingSupervision, withdrawFilingSupervision and their history: PROCURATORATE, inside its
 * region. Why it was opened and the police's explanation as recorded are corrected; the steps
 * (ordered, filed, closed) are the workflow's. Nothing depends on a supervision: the filing is the
 * referral's fact (linkage), so a withdrawn one only leaves the lists and the consistency checks.
 */
export const FilingSupervisionCorrections = correctionResolvers({
  typename: "FilingSupervision",
  entity: FilingSupervision,
  owner: Agency.PROCURATORATE,
  input: CorrectFilingSupervisionInput,
  inputNames: { reason: "supervisionReason" },
  check: (_ctx, corrected, row) => {
    if (corrected.supervisionReason === null) throw badInput("input.supervisionReason", "cannot be cleared; leave it out to keep it");
    const explanation = corrected.explanation as string | null;
    if (explanation !== row.explanation && !row.explanationReceivedAt) throw badInput("input.explanation", "no explanation was received yet: record it with recordPoliceExplanation");
    return {
      reason: corrected.supervisionReason === undefined ? row.reason : requireText(corrected.supervisionReason, "input.supervisionReason", 2000),
      explanation: row.explanationReceivedAt ? requireText(explanation ?? "", "input.explanation", 4000) : null,
    };
  },
});

/** correctMisconductCase, withdrawMisconductCase and their history: PROCURATORATE, inside its region, every filing check again. */
export const MisconductCaseCorrections = correctionResolvers({
  typename: "MisconductCase",
  entity: MisconductCase,
  owner: Agency.PROCURATORATE,
  input: CorrectMisconductCaseInput,
  check: (ctx, corrected, row) => checkCorrectedMisconductCase(ctx, corrected as never, row),
});
