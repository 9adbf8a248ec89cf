import { GraphQLScalarType, Kind, type ValueNode } from "graphql";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^-?\d{1,16}(\.\d{1,2})?$/;

/** A calendar date as `YYYY-MM-DD`, checked against the calendar (no 2017-02-30). */
export function isDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE.exec(value);
  if (!m) return false;
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

const parseDate = (value: unknown): string => {
  if (!isDate(value)) throw new TypeError(`Date must be a real calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
};
const parseDateTime = (value: unknown): Date => {
  const d = typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(d.getTime())) throw new TypeError(`DateTime must be ISO 8601, got ${JSON.stringify(value)}`);
  return d;
};
const parseDecimal = (value: unknown): string => {
  if (typeof value !== "string" || !DECIMAL.test(value))
    throw new TypeError(`Decimal must be a string of yuan with at most two decimals, got ${JSON.stringify(value)}`);
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
