import { type DemoGenerator, yuan } from "@ipr/shared/demo";
import type { CriminalOffence } from "../entities/criminal-case";
import { amendCriminalCases } from "./amendments";
import { OFFENCE_NAMES, fileCriminalCase, generateOwnCases } from "./cases";

/**
 * The police's part of the demo set: criminal cases and their suspects. Linkage's chain files them,
 * for referrals and filing orders and of the police's own motion, through these steps.
 */
export const demo: DemoGenerator = {
  steps: (world) => ({
    offenceName: (offence) => OFFENCE_NAMES[offence as CriminalOffence],
    fileCriminalCase: (rnd, facts) => fileCriminalCase(world, rnd, facts),
    fileOwnCases: (register, perScale) => generateOwnCases(world, register, perScale),
  }),
  amend: amendCriminalCases,
  figures: (m) => {
    const filed = m.pick("police", "criminalCases", "filedOn");
    const criminal = new Map(m.rows("police", "criminalCases").map((c) => [c.id, c]));
    const caught = m.rows("police", "persons").filter((p) => m.here(p) && m.inMonth(p.caughtOn) && criminal.get(p.criminalCase)?.foreignInvested === true);
    return { police: { casesFiled: filed.length, suspectsCaught: caught.length, amountInvolved: yuan(filed) } };
  },
};
