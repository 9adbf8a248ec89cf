import { type DemoGenerator, distinct } from "@ipr/shared/demo";
import { civilAndAdministrative, tryProsecution } from "./cases";

/** The courts' part of the demo set: criminal trials of prosecutions, civil and administrative suits over admin cases. */
export const demo: DemoGenerator = {
  steps: (world) => ({
    tryProsecution: (rnd, filed, prosecution) => tryProsecution(world, rnd, filed, prosecution),
    civilAndAdministrative: (rnd, source) => civilAndAdministrative(world, rnd, source),
  }),
  figures: (m) => {
    const filed = m.pick("courts", "courtCases", "filedOn");
    const courtCases = new Map(m.rows("courts", "courtCases").map((c) => [c.id, c]));
    const judged = m.rows("courts", "judgments").filter((j) => m.here(j) && m.inMonth(j.decidedOn) && courtCases.get(j.courtCase)?.foreignInvested === true);
    const guilty = new Set(judged.filter((j) => j.verdict === "GUILTY").map((j) => j.id));
    return {
      courts: {
        casesFiled: filed.length,
        criminalCasesFiled: filed.filter((c) => c.kind === "CRIMINAL").length,
        judgments: judged.length,
        defendantsSentenced: distinct(m.rows("courts", "sentences").filter((s) => guilty.has(s.judgment)), "personId"),
      },
    };
  },
};
