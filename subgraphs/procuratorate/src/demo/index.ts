import { type DemoGenerator, distinct } from "@ipr/shared/demo";
import { generateMisconduct, review, supervise } from "./cases";

/**
 * The procuratorate's part of the demo set: arrest reviews, prosecutions, filing supervision and
 * duty crimes, drawn as linkage's chain reaches them through these steps.
 */
export const demo: DemoGenerator = {
  steps: (world) => ({
    review: (rnd, filed) => review(world, rnd, filed),
    supervise: (rnd, referral, file) => supervise(world, rnd, referral, file),
    misconduct: (rnd, filed) => generateMisconduct(world, rnd, filed),
  }),
  figures: (m) => {
    // persons are counted once per decision kind, however many reviews or prosecutions name them
    const personsOf = (decisions: Array<Record<string, any>>, collection: string, key: string) => {
      const ids = new Set(decisions.map((d) => d.id));
      return distinct(m.rows("procuratorate", collection).filter((l) => ids.has(l[key])), "personId");
    };
    const approved = m.pick("procuratorate", "arrestReviews", "decidedOn", (r) => r.decision === "APPROVED");
    const prosecuted = m.pick("procuratorate", "prosecutions", "decidedOn", (r) => r.decision === "PROSECUTED");
    return {
      procuratorate: {
        arrestApprovedCases: distinct(approved, "criminalCaseId"),
        arrestApprovedPersons: personsOf(approved, "arrestReviewPersons", "arrestReview"),
        prosecutedCases: distinct(prosecuted, "criminalCaseId"),
        prosecutedPersons: personsOf(prosecuted, "prosecutionDefendants", "prosecution"),
      },
    };
  },
};
