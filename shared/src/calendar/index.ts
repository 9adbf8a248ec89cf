import { Y2017 } from "./2017";
import { Y2018 } from "./2018";
import { Y2026 } from "./2026";
import type { HolidayArrangement } from "./types";

export type { HolidayArrangement };

/**
 * The official arrangements the platform holds, one file per year. A year is added when its notice
 * is published (usually in November of the year before); years missing here count weekdays only,
 * and every deadline counted over them says so (`WorkingDayBasis.WEEKDAYS_ONLY`).
 */
export const HOLIDAY_ARRANGEMENTS: readonly HolidayArrangement[] = [Y2017, Y2018, Y2026];
