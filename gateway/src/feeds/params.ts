import type { Request } from "express";
import { todayIn } from "@ipr/shared";
import { refusal } from "../exports/routes";
import type { Dataset } from "./model";

/** What a feed request asks for, checked: bad values are refused (400) naming the parameter. */
export interface FeedParams {
  region: string | null;
  from: string | null;
  to: string | null;
  updatedSince: Date | null;
  /** monthly only */
  scope: string;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** An instant with a zone (Z or ±hh:mm): a local time would mean different rows in different places. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** 2017-02-30 matches the pattern but is no day: it must read back as itself. */
const isCalendarDay = (value: string) => new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const ALLOWED = ["region", "from", "to", "updatedSince", "scope"];

const bad = (name: string, message: string) => refusal("BAD_USER_INPUT", `${name}: ${message}`, name);

function one(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined) return null;
  if (typeof value !== "string" || !value.trim()) throw bad(name, "give it once, with a value");
  return value.trim();
}

/** The monthly dataset counts months from the action plan's first (2017-01) unless told otherwise. */
export const FIRST_PERIOD = "2017-01";

export function feedParams(req: Request, dataset: Dataset, now = new Date()): FeedParams {
  for (const name of Object.keys(req.query)) if (!ALLOWED.includes(name)) throw bad(name, `not a parameter of feeds (${ALLOWED.join(", ")})`);
  // a derived dataset whose list cannot filter by a parameter refuses it rather than ignore it
  if (dataset.kind === "list")
    for (const name of dataset.unsupported ?? []) if (one(req, name) !== null) throw bad(name, `the ${dataset.name} feed cannot filter by ${name}: its list has no such filter`);
  const region = one(req, "region");
  if (region !== null && !/^\d{6}$/.test(region)) throw bad("region", `${JSON.stringify(region)} is not a 6-digit region code, e.g. 440000`);
  const monthly = dataset.kind === "monthly";
  const shape = monthly ? MONTH : DATE;
  const example = monthly ? "2017-10" : "2017-10-01";
  const bound = (name: string) => {
    const value = one(req, name);
    if (value !== null && (!shape.test(value) || (!monthly && !isCalendarDay(value)))) throw bad(name, `${JSON.stringify(value)} is not a ${monthly ? "month" : "date"} like ${example}`);
    return value;
  };
  const from = bound("from");
  const to = bound("to");
  if (from && to && to < from) throw bad("to", `${to} is before from ${from}`);
  // an unencoded `+08:00` arrives as ` 08:00` (a query string's `+` is a space)
  const since = one(req, "updatedSince")?.replace(/ (\d{2}:\d{2})$/, "+$1") ?? null;
  let updatedSince: Date | null = null;
  if (since !== null) {
    if (monthly) throw bad("updatedSince", "the monthly table has no incremental refresh: ask for the months you need");
    if (!INSTANT.test(since) || Number.isNaN(Date.parse(since))) throw bad("updatedSince", `${JSON.stringify(since)} is not an ISO 8601 time with a zone, e.g. 2017-10-01T00:00:00Z`);
    updatedSince = new Date(since);
  }
  const scope = one(req, "scope");
  if (scope !== null && !monthly) throw bad("scope", "only the monthly dataset has a scope");
  if (scope !== null && scope !== "FOREIGN_INVESTED" && scope !== "ALL") throw bad("scope", `${JSON.stringify(scope)} is not FOREIGN_INVESTED or ALL`);
  return {
    region,
    from: monthly ? from ?? FIRST_PERIOD : from,
    to: monthly ? to ?? todayIn(now).slice(0, 7) : to,
    updatedSince,
    scope: scope ?? "FOREIGN_INVESTED",
  };
}
