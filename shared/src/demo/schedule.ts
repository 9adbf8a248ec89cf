import { CampaignCode } from "../campaign";
import { MONTHS, daysInMonth } from "./dates";
import { TOTAL_WEIGHT, UNITS, type Unit } from "./places";
import type { Random } from "./random";
import type { World } from "./world";

/**
 * Administrative cases of all kinds per unit of scale: scale 1 is the demo set. Each agency's
 * generator draws its share of them (`CASES_PER_SCALE * share`), the shares adding up to one.
 */
export const CASES_PER_SCALE = 1250;

/** The action plan's own months (Sep-Dec 2017) were a concentrated campaign: more cases then. */
const monthFactor = (month: string) => (month <= "2017-12" ? 1.6 : 1);
const FACTORS = MONTHS.reduce((s, m) => s + monthFactor(m), 0);

/**
 * Calls `visit` for each of `perScale × scale` events spread over units (by weight) and months,
 * month by month so that each agency's documents are numbered roughly in date order.
 */
export function schedule(world: World, rnd: Random, perScale: number, visit: (unit: Unit, date: string) => void) {
  for (const month of MONTHS)
    for (const unit of UNITS) {
      const expected = ((world.scale * perScale * unit.weight) / TOTAL_WEIGHT) * (monthFactor(month) / FACTORS) * (0.8 + 0.4 * rnd.next());
      for (let i = rnd.count(expected); i > 0; i--) visit(unit, `${month}-${String(rnd.int(1, daysInMonth(month))).padStart(2, "0")}`);
    }
}

/** The action plan ran from its issue on 8 September to 31 December 2017 (office's campaign record). */
export const inActionPlan = (date: string) => date >= "2017-09-08" && date <= "2017-12-31";

/** Most foreign-invested cases during the action plan are tagged with it; an agency's own campaign otherwise. */
export function campaignFor(rnd: Random, date: string, foreignInvested: boolean, own: CampaignCode | null = null): CampaignCode | null {
  if (foreignInvested && inActionPlan(date) && rnd.chance(0.85)) return CampaignCode.FOREIGN_INVESTED_IP_2017;
  return own;
}

export const year = (date: string) => date.slice(0, 4);
