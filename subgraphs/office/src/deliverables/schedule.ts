import { GraphQLError } from "graphql";
import type { Context } from "@ipr/shared";
import { CampaignPhase } from "../entities/campaign";
import { dueOn as monthlyDueOn, type DueWindow } from "../report-status";
import { Deliverable } from "./deliverable";

/** A deliverable's phase as the office keeps it (campaign_phase.deliverable), with the window it gives. */
export interface Schedule extends DueWindow {
  phase: CampaignPhase;
  /** The months the phase covers, YYYY-MM, first to last */
  months: string[];
}

const pad = (m: number) => String(m).padStart(2, "0");
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number);
  for (let period = from; period <= to; period = `${y}-${pad(m)}`) {
    out.push(period);
    if (++m === 13) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * When a deliverable is due, read from the campaign's phases (data the office keeps, not constants):
 * it opens when its phase starts (or the campaign, if the phase gives no start) and is due by the
 * phase's due date. One statement per request for all the deliverables it asks about.
 */
export async function scheduleOf(ctx: Context, deliverable: Deliverable): Promise<Schedule> {
  const phase = await ctx.loaders
    .get<Deliverable, CampaignPhase | null>("deliverable-phases", async (kinds) => {
      const phases = await ctx.em.find(CampaignPhase, { deliverable: { $in: [...kinds] } }, { populate: ["campaign"], orderBy: { dueOn: "desc" } });
      return kinds.map((kind) => phases.find((p) => p.deliverable === kind) ?? null);
    })
    .load(deliverable);
  if (!phase) throw new GraphQLError(`no campaign phase asks for the ${deliverable}`, { extensions: { code: "NOT_FOUND" } });
  const opensOn = phase.startsOn ?? phase.campaign.startsOn;
  return { phase, opensOn, dueOn: phase.dueOn, months: monthsBetween(opensOn.slice(0, 7), phase.dueOn.slice(0, 7)) };
}

/** A month's narrative (工作推进情况) goes with its table: open once the month is over, due by the 15th of the next. */
export function monthWindow(period: string): DueWindow {
  const due = monthlyDueOn(period);
  return { opensOn: `${due.slice(0, 8)}01`, dueOn: due };
}
