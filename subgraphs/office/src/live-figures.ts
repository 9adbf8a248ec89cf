import { GraphQLError } from "graphql";
import type { Context, ReportKey } from "@ipr/shared";
import { REPORT_LINES, selectionOf, type Figures } from "./report-lines";
import { reportId } from "./submissions";

/**
 * Every agency's lines for a report as the agencies compute them now, asked as the caller through
 * the signed `_entities` call the gateway makes. Batched per request: any number of reports costs one
 * call per agency subgraph (and so one SQL statement in each). An agency that does not answer, or
 * answers without its lines, fails the whole batch: a table is never frozen or compared half-filled.
 */
export function liveFigures(ctx: Context, key: ReportKey): Promise<Figures> {
  return ctx.loaders
    .get<string, Figures>("monthly-report-live-figures", async (ids) => {
      const keys = ids.map((id) => JSON.parse(id) as ReportKey);
      const out = keys.map(() => ({}) as Figures);
      await Promise.all(
        REPORT_LINES.map(async ({ subgraph, lines }) => {
          const answers = await ctx.peers.entities<Figures>(ctx.identity, subgraph, "MonthlyReport", keys.map((k) => ({ ...k })), selectionOf(lines));
          keys.forEach((k, i) => {
            for (const line of Object.keys(lines)) {
              const value = answers[i]?.[line];
              if (!value)
                throw new GraphQLError(`the ${subgraph} subgraph gave no ${line} for ${k.region} ${k.period}`, { extensions: { code: "SERVICE_UNAVAILABLE" } });
              out[i][line] = value;
            }
          });
        }),
      );
      return out;
    })
    .load(reportId(key));
}
