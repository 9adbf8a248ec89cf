import { REPORT_LINES } from "../registry";
import { fromFen, toFen } from "../scalars";
import type { World } from "./world";

type Rec = Record<string, any>;

/** Lines of a unit's monthly table: line → measure → value (Int measures as numbers, Decimal ones as strings). */
export type LineFigures = Record<string, Record<string, number | string>>;

/**
 * One unit's month as the demo world stands, counting only what had happened by `until` (the day the
 * unit submitted): the helpers an agency's `DemoGenerator.figures` counts its own lines with, by the
 * counting rules of DESIGN.md, foreign-invested scope.
 */
export class DemoMonth {
  constructor(
    readonly world: World,
    /** the reporting unit, e.g. 440000 */
    readonly unit: string,
    /** YYYY-MM */
    readonly period: string,
    /** YYYY-MM-DD */
    readonly until: string,
  ) {}

  /** A collection of the demo set, untyped (figures read plain columns). */
  rows(subgraph: string, collection: string): Rec[] {
    return this.world.rows<Rec>(subgraph, collection);
  }

  /** Inside the unit's province */
  here = (r: Rec): boolean => String(r.region).startsWith(this.unit.slice(0, 2));

  /** Dated in the month, no later than the day the unit submitted */
  inMonth = (date: unknown): boolean => typeof date === "string" && date.startsWith(this.period) && date <= this.until;

  /** The rows of a collection in the unit, dated in the month by `dateField`, about foreign-invested right holders. */
  pick(subgraph: string, collection: string, dateField: string, extra: (r: Rec) => boolean = () => true): Rec[] {
    return this.rows(subgraph, collection).filter((r) => this.here(r) && this.inMonth(r[dateField]) && r.foreignInvested === true && extra(r));
  }

  /** An admin case line: the cases and the amount involved. */
  tally(list: Rec[]): { cases: number; amountInvolved: string } {
    return { cases: list.length, amountInvolved: yuan(list) };
  }
}

/** The sum of a Decimal column, exact (in fen). */
export const yuan = (list: Rec[], field = "amountInvolved"): string => fromFen(list.reduce((n, r) => n + toFen(String(r[field] ?? "0")), 0n));
export const sum = (list: Rec[], field: string): number => list.reduce((n, r) => n + Number(r[field] ?? 0), 0);
export const distinct = (list: Rec[], field: string): number => new Set(list.map((r) => String(r[field]))).size;

/**
 * Every line the registry declares, as the agencies' generators count them: what a unit's office would
 * have frozen by submitting on `until`. A line no generator counts is zero, so a snapshot always
 * answers the whole table.
 */
export function demoFigures(world: World, unit: string, period: string, until: string): LineFigures {
  const month = new DemoMonth(world, unit, period, until);
  const known: LineFigures = Object.assign({}, ...world.figureCounters.map((count) => count(month)));
  return Object.fromEntries(
    REPORT_LINES.map((l) => [l.line, Object.fromEntries(l.measures.map(({ measure, kind }) => [measure, known[l.line]?.[measure] ?? (kind === "count" ? 0 : "0.00")]))]),
  );
}
