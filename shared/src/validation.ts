import { badInput } from "./errors";
import { isCreditCode } from "./credit-code";
import { isIdNumber } from "./id-number";
import { todayIn } from "./context";
import { toFen } from "./scalars";

/** Checks shared by every agency's mutations; each throws BAD_USER_INPUT naming the field. */
export function requireText(value: string, field: string, max = 200): string {
  const text = value.trim();
  if (!text) throw badInput(field, "must not be empty");
  if ([...text].length > max) throw badInput(field, `must be at most ${max} characters`);
  return text;
}

export function requireCreditCode(value: string, field: string): string {
  if (!isCreditCode(value)) throw badInput(field, `${JSON.stringify(value)} is not a valid unified social credit code (GB 32100-2015)`);
  return value;
}

export function requireIdNumber(value: string, field: string): string {
  if (!isIdNumber(value)) throw badInput(field, "is not a valid 18-character resident ID number (GB 11643)");
  return value;
}

export function requirePositiveAmount(value: string, field: string): string {
  if (toFen(value) <= 0n) throw badInput(field, "must be a positive amount");
  return value;
}

export function requireNonNegativeAmount(value: string, field: string): string {
  if (toFen(value) < 0n) throw badInput(field, "must not be negative");
  return value;
}

/** A document date: not after today in China (UTC+8). */
export function requirePastDate(value: string, field: string, now: Date): string {
  if (value > todayIn(now)) throw badInput(field, `${value} is in the future`);
  return value;
}

export function requireNotBefore(value: string, field: string, earliest: string, what: string): string {
  if (value < earliest) throw badInput(field, `${value} is before ${what} (${earliest})`);
  return value;
}
