import { Router, type Request, type Response } from "express";
import type { ApolloServer } from "@apollo/server";
import { logger, type Identity } from "@ipr/shared";
import type { Authenticator } from "../auth";
import type { GatewayContext } from "../data-source";
import { authenticated, execute, refusal } from "../exports/routes";
import type { GraphQLSchema } from "graphql";
import { DATASETS } from "./datasets";
import { feedDatasets } from "./derived";
import type { Dataset, ListDataset, Pages } from "./model";
import { feedParams, type FeedParams } from "./params";
import { listPages, monthlyPages, withdrawalPages, FEED_PAGE, type Run } from "./pages";
import { CSV_TYPE, writeCsv } from "./csv";
import { PARQUET_NAME, PARQUET_TYPE, ROW_GROUP, writeParquet } from "./parquet";
import { ClientGone } from "./sink";

export interface FeedOptions {
  server: ApolloServer<GatewayContext>;
  authenticate: Authenticator;
  /** The supergraph's own types: datasets the manifests declare without a file in datasets/ are derived from them */
  supergraph: GraphQLSchema;
}

/**
 * What the next incremental run passes as `updatedSince`: the export's start, less a margin for
 * changes whose transaction began before it and committed during it (rows may repeat: upsert by key).
 */
export const NEXT_SINCE_MARGIN_MS = 5 * 60_000;

const FORMATS = { csv: { type: CSV_TYPE, write: writeCsv }, parquet: { type: PARQUET_TYPE, write: writeParquet } } as const;
type Format = keyof typeof FORMATS;

function pagesOf(datasets: readonly Dataset[], dataset: Dataset, run: Run, p: FeedParams): Pages {
  if (dataset.kind === "monthly") return monthlyPages(run, p);
  if (dataset.kind === "withdrawals") return withdrawalPages(run, datasets.filter((d): d is ListDataset => d.kind === "list"), p);
  return listPages(run, dataset, p);
}

function target(datasets: readonly Dataset[], req: Request): { dataset: Dataset; format: Format } {
  const m = /^([a-z-]+)\.(csv|parquet)$/.exec(req.params.file as string);
  const dataset = m && datasets.find((d) => d.name === m[1]);
  if (!m || !dataset) throw refusal("NOT_FOUND", `no feed ${JSON.stringify(req.params.file)}: GET /feeds lists them, as <dataset>.csv or <dataset>.parquet`, "dataset");
  return { dataset, format: m[2] as Format };
}

function describe(datasets: readonly Dataset[], base: string) {
  return {
    parameters: {
      region: "6-digit region code: rows in that region (a province includes its cities), inside your own",
      from: "Rows whose date (the dataset's own: opened, filed, decided, received, sent) is on or after this day, YYYY-MM-DD; monthly: a month, YYYY-MM (default 2017-01)",
      to: "… on or before this day (monthly: month, default the current one)",
      updatedSince: "ISO 8601 time with a zone: only rows that changed after it (incremental refresh); pair it with the withdrawals feed. Not for monthly",
      scope: "monthly only: FOREIGN_INVESTED (default) or ALL",
    },
    incremental:
      "Pass the X-Feed-Next-Since header of your last run as updatedSince, upsert the rows by the dataset's key, and delete the rows that /feeds/withdrawals.csv?updatedSince= lists.",
    datasets: datasets.map((d) => ({
      name: d.name,
      description: d.description,
      csv: `${base}/${d.name}.csv`,
      parquet: `${base}/${d.name}.parquet`,
      ...(d.kind === "list" ? { key: d.key, withdrawable: d.withdrawable } : {}),
      columns: d.columns.map((c) => ({ name: c.name, type: c.type, parquet: PARQUET_NAME[c.type], description: c.description })),
    })),
  };
}

/**
 * `GET /feeds`: the datasets, their columns, types and meaning. `GET /feeds/<dataset>.csv|.parquet`:
 * every row the caller may see, read through the gateway's own federated queries with the caller's
 * identity (so every access rule and mask applies as in GraphQL), streamed page by page.
 */
export function feedRoutes({ server, authenticate, supergraph }: FeedOptions): Router {
  const router = Router();
  const datasets = feedDatasets(DATASETS, supergraph);

  router.get("/", authenticated(authenticate, async (req, res) => {
    res.set({ "Cache-Control": "no-store", Vary: "Authorization" }).json(describe(datasets, `${req.protocol}://${req.get("host")}${req.baseUrl}`));
  }));

  // DuckDB and other HTTP readers ask for the size first: answer without running the feed (it has no known length)
  router.head("/:file", authenticated(authenticate, async (req, res) => {
    const { format } = target(datasets, req);
    res.status(200).set({ "Content-Type": FORMATS[format].type, "Cache-Control": "no-store", Vary: "Authorization" }).end();
  }));

  router.get("/:file", authenticated(authenticate, async (req, res, identity) => {
    const { dataset, format } = target(datasets, req);
    const params = feedParams(req, dataset);
    await stream(res, datasets, dataset, format, params, (query, variables) => execute(server, identity, query, variables), identity);
  }));

  return router;
}

async function stream(res: Response, datasets: readonly Dataset[], dataset: Dataset, format: Format, params: FeedParams, run: Run, identity: Identity) {
  const started = new Date();
  const pages = pagesOf(datasets, dataset, run, params)[Symbol.asyncIterator]();
  // the first page before any header: a refusal (403, 400 on a filter, 504) still answers as JSON
  const first = await pages.next();
  res.status(200).set({
    "Content-Type": FORMATS[format].type,
    "Content-Disposition": `attachment; filename="${dataset.name}.${format}"`,
    "Cache-Control": "no-store",
    Vary: "Authorization",
    "X-Content-Type-Options": "nosniff",
    "X-Feed-Next-Since": new Date(started.getTime() - NEXT_SINCE_MARGIN_MS).toISOString(),
  });
  const all: Pages = {
    async *[Symbol.asyncIterator]() {
      if (!first.done) yield first.value;
      for (let page = await pages.next(); !page.done; page = await pages.next()) yield page.value;
    },
  };
  try {
    await FORMATS[format].write(res, dataset.columns, all);
    res.end();
  } catch (error) {
    // headers are out: a failure can only cut the transfer short, so the reader sees an incomplete file, never a short one
    if (!(error instanceof ClientGone)) logger.error({ err: error, dataset: dataset.name, agency: identity.agency }, "feed failed mid-stream");
    await pages.return?.(undefined);
    res.destroy(error instanceof Error ? error : undefined);
  }
}

export { FEED_PAGE, ROW_GROUP };
