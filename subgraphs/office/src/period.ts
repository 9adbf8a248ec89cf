import { badInput, todayIn } from "@ipr/shared";

/** A reporting month, `YYYY-MM`, not after the current month (China time). */
export function requirePeriod(value: string, field: string, now: Date): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw badInput(field, `${JSON.stringify(value)} is not a month as YYYY-MM`);
  if (value > todayIn(now).slice(0, 7)) throw badInput(field, `${value} is in the future`);
  return value;
}
