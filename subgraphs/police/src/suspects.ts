import { badInput, requireIdNumber, requirePastDate, requireText } from "@ipr/shared";
import type { SuspectInput } from "./schema/inputs";

export interface CheckedSuspect {
  name: string;
  idNumber: string | null;
  nationality: string;
  caughtOn: string | null;
}

/** Validates the suspects of a filing; each error names its place, e.g. `input.suspects[1].idNumber`. */
export function checkSuspects(suspects: SuspectInput[], now: Date): CheckedSuspect[] {
  if (suspects.length === 0) throw badInput("input.suspects", "a case is filed against at least one suspect");
  const seen = new Map<string, number>();
  return suspects.map((s, i) => {
    const at = `input.suspects[${i}]`;
    const name = requireText(s.name, `${at}.name`, 100);
    const nationality = (s.nationality ?? "CN").trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(nationality)) throw badInput(`${at}.nationality`, "must be an ISO 3166-1 alpha-2 code");
    const idNumber = s.idNumber?.trim().toUpperCase() || null;
    if (idNumber === null && nationality === "CN") throw badInput(`${at}.idNumber`, "is required for a Chinese national");
    if (idNumber !== null) {
      requireIdNumber(idNumber, `${at}.idNumber`);
      const first = seen.get(idNumber);
      if (first !== undefined) throw badInput(`${at}.idNumber`, `is the same person as input.suspects[${first}]`);
      seen.set(idNumber, i);
    }
    const caughtOn = s.caughtOn ?? null;
    if (caughtOn !== null) requirePastDate(caughtOn, `${at}.caughtOn`, now);
    return { name, idNumber, nationality, caughtOn };
  });
}
