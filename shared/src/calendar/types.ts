/**
 * One year's public-holiday arrangement as the State Council's General Office publishes it
 * (国务院办公厅关于某年部分节假日安排的通知): the days off, and the weekend days worked instead (调休上班).
 * Dates are China calendar days, `YYYY-MM-DD`; a notice may name days of the next year (New Year).
 */
export interface HolidayArrangement {
  year: number;
  /** The notice it is copied from */
  source: string;
  /** Days off, as inclusive ranges `[first, last]` per holiday */
  off: ReadonlyArray<readonly [holiday: string, first: string, last: string]>;
  /** Saturdays and Sundays that are working days */
  worked: readonly string[];
}
