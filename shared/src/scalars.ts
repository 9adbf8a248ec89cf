import { GraphQLScalarType, Kind, type ValueNode } from "graphql";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `numeric(18,2)`: 16 integer digits, 2 decimals; no exponent, no NaN or Infinity (the shape excludes them). */
const DECIMAL = /^-?\d{1,16}(\.\d{1,2})?$/;
/** ISO 8601 with a time zone, to the millisecond at most: `2017-09-08T10:00:00+08:00`, `…Z`. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

/**
 * The years a record of this platform can carry: from the founding of the People's Republic to the
 * end of the century. A year-0 or year-9999 date is a typing error, not a fact.
 */
export const EARLIEST_YEAR = 1949;
export const LATEST_YEAR = 2100;

/** A calendar date as `YYYY-MM-DD`, checked against the calendar (no 2017-02-30) and the years 1949–2100. */
export function isDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE.exec(value);
  if (!m || +m[1] < EARLIEST_YEAR || +m[1] > LATEST_YEAR) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Normalises a yuan amount to two decimals without ever passing through a float. */
export function normalizeDecimal(value: string): string {
  const negative = value.startsWith("-");
  const [whole, frac = ""] = (negative ? value.slice(1) : value).split(".");
  const out = `${BigInt(whole)}.${frac.padEnd(2, "0")}`;
  return negative && out !== "0.00" ? `-${out}` : out;
}

/** Integer fen (cents) of a Decimal string: for exact arithmetic in code and tests. */
export const toFen = (value: string): bigint => {
  const n = normalizeDecimal(value);
  const negative = n.startsWith("-");
  const fen = BigInt(n.replace("-", "").replace(".", ""));
  return negative ? -fen : fen;
};
export const fromFen = (fen: bigint): string => {
  const negative = fen < 0n;
  const digits = (negative ? -fen : fen).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw new TypeError(`${scalar} must be given as a string`);
  return ast.value;
}

/** What a refused value looked like, short: a 60 kB string is not echoed back whole. */
const shown = (value: unknown) => {
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

const parseDate = (value: unknown): string => {
  if (!isDate(value)) throw new TypeError(`Date must be a real calendar date as YYYY-MM-DD between ${EARLIEST_YEAR} and ${LATEST_YEAR}, got ${shown(value)}`);
  return value;
};
/** The calendar part is checked like a Date (JavaScript would roll 2018-02-30T00:00Z over into March). */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE_TIME.exec(value);
  return !!m && isDate(m[1]) && !Number.isNaN(new Date(value).getTime());
}
const parseDateTime = (value: unknown): Date => {
  if (!isDateTime(value)) throw new TypeError(`DateTime must be ISO 8601 with a time zone (e.g. 2017-09-08T10:00:00+08:00), got ${shown(value)}`);
  return new Date(value);
};
const parseDecimal = (value: unknown): string => {
  if (typeof value !== "string" || !DECIMAL.test(value))
    throw new TypeError(`Decimal must be a string of yuan with at most 16 digits and two decimals, got ${shown(value)}`);
  return normalizeDecimal(value);
};

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date, `YYYY-MM-DD`",
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (isDate(value)) return value;
    throw new TypeError(`Date cannot represent ${String(value)}`);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast, "Date")),
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An instant, ISO 8601 with time zone",
  serialize: (value) => {
    const d = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(d.getTime())) throw new TypeError(`DateTime cannot represent ${String(value)}`);
    return d.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast, "DateTime")),
});

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  description: "An amount in yuan as a string with at most two decimals, e.g. \"12500.00\"; never a float",
  serialize: (value) => {
    if (typeof value === "string" && DECIMAL.test(value)) return normalizeDecimal(value);
    if (typeof value === "bigint") return fromFen(value * 100n);
    throw new TypeError(`Decimal cannot represent ${String(value)}`);
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(stringLiteral(ast, "Decimal")),
});
