import { correctDemo, daysLater, nextCaseNumber, referencedIds, withdrawnDuplicate, type World } from "@ipr/shared/demo";

type Rec = Record<string, any>;
const AMOUNT_REASON = "涉案金额按价格认定结论书更正";
const DUPLICATE_REASON = (original: string) => `与${original}为同一案件，重复立案登记`;

/**
 * The police's corrections in the demo set: a few criminal cases nothing but their own suspects names
 * (no referral, review, prosecution, report, cluster or typical case) had their amount entered wrong
 * and corrected days later; one was entered twice with its suspects, the copy (named by nothing) withdrawn.
 * Rows hold the right values, so every tally stays as it was.
 */
export function amendCriminalCases(world: World) {
  const rnd = world.random("amend-police-CriminalCase");
  const rows = world.rows<Rec>("police", "criminalCases") as Rec[];
  const referenced = referencedIds(world, ["police.persons"]);
  const quiet = rows.filter((r) => !referenced.has(r.id) && !r.withdrawnAt && String(r.filedOn) <= "2018-12-20");
  const count = Math.max(2, Math.round(2 * world.scale));
  for (let i = 0; i < count && quiet.length; i++) {
    const row = quiet.splice(rnd.int(0, quiet.length - 1), 1)[0];
    correctDemo(world, "police", "CriminalCase", row, { amountInvolved: (Number(row.amountInvolved) / 10).toFixed(2) }, AMOUNT_REASON, "POLICE", daysLater(rnd, row.createdAt, 1, 4));
  }
  const original = quiet[rnd.int(0, quiet.length - 1)];
  if (!original) return;
  const enteredAt = new Date(original.createdAt.getTime() + rnd.int(20, 180) * 60_000);
  const copy = withdrawnDuplicate(world, "police", "criminalCases", "CriminalCase", original,
    { id: world.id("police-duplicate", "CriminalCase", 1), filingNumber: nextCaseNumber(rows, original.filingNumber, 1, "filingNumber") },
    DUPLICATE_REASON(original.filingNumber), "POLICE", enteredAt, daysLater(rnd, enteredAt, 1, 3));
  // suspects are filed with their case: the copy had them too, and they left with it
  const persons = world.rows<Rec>("police", "persons") as Rec[];
  persons.filter((p) => p.criminalCase === original.id).forEach((p, i) =>
    persons.push({ ...p, id: world.id("police-duplicate", "Person", i + 1), criminalCase: copy.id }));
}
