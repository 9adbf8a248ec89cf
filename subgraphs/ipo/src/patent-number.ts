import { badInput, todayIn } from "@ipr/shared";

/** The three kinds of patent under the Patent Law (发明, 实用新型, 外观设计). */
export enum PatentKind {
  INVENTION = "INVENTION",
  UTILITY_MODEL = "UTILITY_MODEL",
  DESIGN = "DESIGN",
}

/** The type digit (5th of the application number) → kind; 8 and 9 are PCT applications entering China. */
const KIND_BY_TYPE_DIGIT: Readonly<Record<string, PatentKind>> = {
  "1": PatentKind.INVENTION,
  "2": PatentKind.UTILITY_MODEL,
  "3": PatentKind.DESIGN,
  "8": PatentKind.INVENTION,
  "9": PatentKind.UTILITY_MODEL,
};

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
/** The 12-digit application numbers (year + type + 7-digit serial) began on 1 October 2003. */
export const FIRST_TWELVE_DIGIT_YEAR = 2003;

/** CNIPA's check character of a 12-digit application number: weighted sum mod 11, 10 written as X. */
export function patentCheckChar(digits12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits12[i]) * WEIGHTS[i];
  const check = sum % 11;
  return check === 10 ? "X" : String(check);
}

export interface PatentNumber {
  /** Canonical form, `ZL201710123456.0`: how it is stored and keyed. */
  patentNumber: string;
  /** Year the application was filed. */
  year: number;
  kind: PatentKind;
}

const SHAPE = /^(?:ZL)?\s*(\d{12})\.?([0-9X])$/;

/**
 * Parses a patent number given with or without the `ZL` prefix (and with or without the dot before the
 * check character); returns the parsed number or, as a string, why it is not one.
 */
export function parsePatentNumber(value: string, today?: string): PatentNumber | string {
  const m = SHAPE.exec(value.trim().toUpperCase());
  if (!m) return `${JSON.stringify(value)} is not a patent number (ZL + 12-digit application number + . + check character)`;
  const [, digits, check] = m;
  const year = Number(digits.slice(0, 4));
  const kind = KIND_BY_TYPE_DIGIT[digits[4]];
  if (!kind) return `type digit ${digits[4]} is not 1 (invention), 2 (utility model), 3 (design), 8 or 9 (PCT)`;
  if (year < FIRST_TWELVE_DIGIT_YEAR || (today !== undefined && year > Number(today.slice(0, 4))))
    return `application year ${year} is not between ${FIRST_TWELVE_DIGIT_YEAR} and this year`;
  const expected = patentCheckChar(digits);
  if (check !== expected) return `check character ${check} is wrong for ${digits} (expected ${expected})`;
  return { patentNumber: `ZL${digits}.${check}`, year, kind };
}

/** The canonical form of a well-formed number, or null: lookups treat malformed numbers as absent. */
export function normalizePatentNumber(value: string): string | null {
  const parsed = parsePatentNumber(value);
  return typeof parsed === "string" ? null : parsed.patentNumber;
}

/** `parsePatentNumber` for mutations: BAD_USER_INPUT naming the field; the year may not be after today's. */
export function requirePatentNumber(value: string, field: string, now: Date): PatentNumber {
  const parsed = parsePatentNumber(value, todayIn(now));
  if (typeof parsed === "string") throw badInput(field, parsed);
  return parsed;
}

/** A valid number for demo and test data, e.g. `makePatentNumber(2017, 1, 123456)` → `ZL201710123456.0`. */
export function makePatentNumber(year: number, typeDigit: 1 | 2 | 3 | 8 | 9, serial: number): string {
  const digits = `${year}${typeDigit}${String(serial).padStart(7, "0")}`;
  return `ZL${digits}.${patentCheckChar(digits)}`;
}
