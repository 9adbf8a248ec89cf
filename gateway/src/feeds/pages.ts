import { MAX_PAGE } from "@ipr/shared";
import { MANY_REPORTS, type MonthlyReport } from "../exports/model";
import { longRows } from "../exports/long-format";
import type { FeedParams } from "./params";
import type { FeedSource, ListDataset, Pages, Row } from "./model";
import { nodeSelection, rowsOf } from "./selection";

/** Runs one GraphQL operation through the gateway as the caller (exports/routes.ts `execute`). */
export type Run = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

/** Pages of the largest size every list field allows: no feed-only limit to keep in step. */
export const FEED_PAGE = MAX_PAGE;

interface Connection {
  edges: Array<{ node: Record<string, unknown> }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function sourceFilter(source: FeedSource, p: FeedParams, extra: Record<string, unknown>) {
  const [fromKey, toKey] = source.dates ?? ["from", "to"];
  const filter: Record<string, unknown> = { ...extra };
  if (p.region) filter.region = p.region;
  if (p.from) filter[fromKey] = p.from;
  if (p.to) filter[toKey] = p.to;
  if (p.updatedSince) filter.updatedSince = p.updatedSince.toISOString();
  return filter;
}

/**
 * Every row of one list field, page by page through `first` / `after`: the next page is asked for
 * while this one is written (one page ahead, no more), and not at all once the consumer stops.
 */
async function* sourcePages(run: Run, dataset: ListDataset, source: FeedSource, p: FeedParams, extra: Record<string, unknown>, toRows: (node: Record<string, unknown>) => Row[]): AsyncGenerator<Row[]> {
  const query = `query Feed($first: Int!, $after: String, $filter: ${source.filter}) {
  page: ${source.list}(first: $first, after: $after, filter: $filter) { edges { node { ${nodeSelection(dataset, source)} } } pageInfo { hasNextPage endCursor } }
}`;
  const filter = sourceFilter(source, p, extra);
  const fetch = (after: string | null) => {
    const page = run<{ page: Connection }>(query, { first: FEED_PAGE, after, filter });
    page.catch(() => undefined); // a consumer that stops early never awaits it
    return page;
  };
  let next: Promise<{ page: Connection }> | null = fetch(null);
  while (next) {
    const { page }: { page: Connection } = await next;
    next = page.pageInfo.hasNextPage && page.pageInfo.endCursor ? fetch(page.pageInfo.endCursor) : null;
    yield page.edges.flatMap((e) => toRows(e.node));
  }
}

export async function* listPages(run: Run, dataset: ListDataset, p: FeedParams): Pages {
  for (const source of dataset.sources) yield* sourcePages(run, dataset, source, p, {}, (node) => rowsOf(dataset, source, node));
}

/** Withdrawn records of every withdrawable dataset (each list once: suspects ride on criminal-cases). */
export async function* withdrawalPages(run: Run, datasets: readonly ListDataset[], p: FeedParams): Pages {
  const seen = new Set<string>();
  for (const dataset of datasets.filter((d) => d.withdrawable)) {
    for (const source of dataset.sources) {
      if (seen.has(source.list)) continue;
      seen.add(source.list);
      const tombstone = { ...dataset, unnest: undefined, columns: [
        { name: "id", type: "string" as const, path: "id", description: "" },
        { name: "region", type: "string" as const, path: "region", description: "" },
        { name: "withdrawn_at", type: "timestamp" as const, path: "withdrawnAt", description: "" },
      ] };
      yield* sourcePages(run, tombstone, source, p, { withdrawn: true }, (node) =>
        rowsOf(tombstone, source, node).map(([id, region, at]) => [dataset.name, source.constants?.sourceType ?? null, id, region, at]));
    }
  }
}

/** `YYYY-MM` months from `from` to `to`, inclusive. */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  for (let [y, m] = from.split("-").map(Number); `${y}-${String(m).padStart(2, "0")}` <= to; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  return out;
}

/** The monthly table in long format, one month (every unit in the caller's region, or `region`) per request. */
export async function* monthlyPages(run: Run, p: FeedParams): Pages {
  for (const period of months(p.from!, p.to!)) {
    const { monthlyReports } = await run<{ monthlyReports: MonthlyReport[] }>(MANY_REPORTS, { regions: p.region ? [p.region] : null, from: period, to: period, scope: p.scope });
    yield longRows(monthlyReports);
  }
}
