import { readFileSync } from "node:fs";
import { startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, identity } from "@ipr/shared/testing";
import { SAVED_OPERATIONS_FILE } from "@ipr/gateway";
import { saic } from "@ipr/saic";
import { startPlatform, type Platform } from "./platform";

const TOKEN = "metrics-scraper-token-0123456789";
let p: Platform;
let saicAlone: RunningSubgraph;
beforeAll(async () => {
  p = await startPlatform(undefined, { gateway: { metrics: { port: 0, host: "127.0.0.1" } } });
  // one more saic, on the platform's database, with a token: scraped with it, refused without it
  saicAlone = await startSubgraph(saic, { port: 0, databaseUrl: p.databaseUrl, metrics: { port: 0, host: "127.0.0.1", token: TOKEN } });
});
afterAll(async () => {
  await saicAlone?.stop();
  await p?.stop();
});

const scrape = async (url: string, token?: string) => {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
};
/** The value of one series, e.g. `ipr_graphql_requests_total{operation="Inbox",outcome="ok",service="gateway"}`. */
function value(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

const savedOperation = (name: string) =>
  (JSON.parse(readFileSync(SAVED_OPERATIONS_FILE, "utf8")).operations as Array<{ name: string; body: string }>).find((op) => op.name === name)!.body;
const OFFICE = { agency: "OFFICE", region: "000000" };

describe("Prometheus metrics", () => {
  test("the gateway counts requests, latency per known operation and per subgraph fetch, errors by code; names it does not know are `other`", async () => {
    const inbox = savedOperation("Inbox");
    for (let i = 0; i < 3; i++) expect((await p.query(OFFICE, inbox, { agency: "SAIC", region: "440000" })).status).toBe(200);
    await p.query(OFFICE, `query MadeUpName${Date.now()} { __typename }`);
    expect((await p.query({ authorization: "Bearer not-a-token" }, inbox)).status).toBe(401);
    await p.query(OFFICE, `{ noSuchField }`);

    const { status, type, text } = await scrape(p.gateway.metricsUrl!);
    expect(status).toBe(200);
    expect(type).toContain("text/plain");
    const gateway = { service: "gateway" };
    expect(value(text, "ipr_graphql_requests_total", { ...gateway, operation: "Inbox", outcome: "ok" })).toBe(3);
    expect(value(text, "ipr_graphql_request_duration_seconds_count", { ...gateway, operation: "Inbox" })).toBe(3);
    expect(value(text, "ipr_graphql_request_duration_seconds_bucket", { ...gateway, operation: "Inbox", le: "+Inf" })).toBe(3);
    // a client's own operation name never becomes a label
    expect(text).not.toContain("MadeUpName");
    expect(value(text, "ipr_graphql_requests_total", { ...gateway, operation: "other", outcome: "ok" })).toBeGreaterThanOrEqual(1);
    expect(value(text, "ipr_graphql_errors_total", { ...gateway, operation: "other", code: "UNAUTHENTICATED" })).toBe(1);
    expect(value(text, "ipr_graphql_errors_total", { ...gateway, operation: "other", code: "GRAPHQL_VALIDATION_FAILED" })).toBe(1);
    expect(value(text, "ipr_graphql_requests_total", { ...gateway, operation: "other", outcome: "error" })).toBe(2);
    // the inbox is office's: each Inbox request fetched from it at least once
    expect(value(text, "ipr_subgraph_fetch_duration_seconds_count", { ...gateway, subgraph: "office", outcome: "ok" })).toBeGreaterThanOrEqual(3);
    // the process: CPU, memory, event-loop lag
    for (const name of ["process_cpu_user_seconds_total", "nodejs_heap_size_used_bytes", "nodejs_eventloop_lag_seconds", "nodejs_eventloop_lag_p99_seconds"])
      expect(text).toMatch(new RegExp(`^${name} `, "m"));
  });

  test("a subgraph counts its operations by root field, refusals by code, its SQL statements and its pool", async () => {
    const who = identity("SAIC", "440000");
    for (let i = 0; i < 2; i++) expect((await callSubgraph(saicAlone.url, who, `{ saicCases(first: 2) { totalCount } }`)).errors).toBeUndefined();
    expect((await callSubgraph(saicAlone.url, who, `{ saicCases(first: 1) { totalCount } }`, {}, { sign: false })).status).toBe(401);

    const { status, text } = await scrape(saicAlone.metricsUrl!, TOKEN);
    expect(status).toBe(200);
    const s = { service: "saic" };
    expect(value(text, "ipr_graphql_requests_total", { ...s, operation: "saicCases", outcome: "ok" })).toBe(2);
    expect(value(text, "ipr_graphql_request_duration_seconds_count", { ...s, operation: "saicCases" })).toBe(2);
    expect(value(text, "ipr_graphql_errors_total", { ...s, operation: "other", code: "UNAUTHENTICATED" })).toBe(1);
    expect(value(text, "ipr_db_statement_duration_seconds_count", { ...s, verb: "select" })).toBeGreaterThanOrEqual(2);
    expect(value(text, "ipr_db_pool_max_connections", { ...s, pool: "saic" })).toBe(6);
    const used = value(text, "ipr_db_pool_connections", { ...s, pool: "saic", state: "used" });
    const free = value(text, "ipr_db_pool_connections", { ...s, pool: "saic", state: "free" });
    expect(used).toBe(0); // nothing runs between requests
    expect(free).toBeGreaterThanOrEqual(1); // the connections the requests used, idle in the pool
  });

  test("nobody reads them anonymously: the public ports answer 403 METRICS_INTERNAL_ONLY, a wrong token 401; the internal port needs the token when one is set", async () => {
    const gatewayPublic = await scrape(p.gateway.url.replace(/\/graphql$/, "/metrics"));
    expect(gatewayPublic.status).toBe(403);
    expect(gatewayPublic.text).not.toContain("ipr_graphql");
    const subgraphPublic = p.subgraphs.saic.url.replace(/\/graphql$/, "/metrics");
    expect((await scrape(subgraphPublic)).status).toBe(403);

    const saicPublic = saicAlone.url.replace(/\/graphql$/, "/metrics");
    for (const token of [undefined, "wrong-token-wrong-token-wrong"]) {
      const refused = await scrape(saicPublic, token);
      expect(refused.status).toBe(401);
      expect(refused.text).not.toContain("ipr_");
      expect((await scrape(saicAlone.metricsUrl!, token)).status).toBe(401);
    }
    const withToken = await scrape(saicPublic, TOKEN);
    expect(withToken.status).toBe(200);
    expect(withToken.text).toContain('ipr_graphql_requests_total{operation="saicCases"');
    // bound to loopback, only /metrics
    expect(new URL(p.gateway.metricsUrl!).hostname).toBe("127.0.0.1");
    expect((await scrape(p.gateway.metricsUrl!.replace(/\/metrics$/, "/graphql"))).status).toBe(404);
  });
});
