import { recordSpans, SpanKind, type ReadableSpan } from "@ipr/shared/testing";
import { startPlatform, type Platform } from "./platform";
import { runFullChain } from "./chain";

// before anything starts: every service of this process records into memory, as an OTLP exporter would
const recorder = recordSpans();
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(async () => {
  await p?.stop();
  await recorder.stop();
});

/** An admin case traced to its judgment: saic → linkage → police → procuratorate → courts. */
const TRACE = `query TraceCase($id: ID!) { saicCase(id: $id) { caseNumber referrals { status criminalCase { filingNumber
  arrestReviews { decision }
  prosecutions { decision courtCases { caseNumber judgment { verdict fine } } } } } } }`;

const serviceOf = (s: ReadableSpan) => s.attributes["ipr.service"];
const isServer = (s: ReadableSpan) => s.kind === SpanKind.SERVER;

/** Spans end when their response has gone out, a moment after the client has it: wait for `done`. */
async function spansWhen(done: (spans: ReadableSpan[]) => boolean): Promise<ReadableSpan[]> {
  for (let i = 0; i < 100; i++) {
    const spans = recorder.spans();
    if (done(spans)) return spans;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`spans never complete: ${recorder.spans().map((s) => s.name).join(", ")}`);
}

/** No span is still ending (the last response's spans close a moment after the client has it). */
async function settled() {
  for (let last = -1; last !== recorder.spans().length; ) {
    last = recorder.spans().length;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Every gateway client span has the subgraph server span that answered it. */
const answered = (spans: ReadableSpan[]) => {
  const clients = spans.filter((s) => s.kind === SpanKind.CLIENT && s.attributes["ipr.subgraph"]);
  return spans.some((s) => isServer(s) && serviceOf(s) === "gateway") && clients.every((c) => spans.some((s) => isServer(s) && s.parentSpanContext?.spanId === c.spanContext().spanId));
};

function ancestors(span: ReadableSpan, byId: Map<string, ReadableSpan>): ReadableSpan[] {
  const chain: ReadableSpan[] = [];
  for (let at = span.parentSpanContext && byId.get(span.parentSpanContext.spanId); at; at = at.parentSpanContext && byId.get(at.parentSpanContext.spanId)) chain.push(at);
  return chain;
}

describe("OpenTelemetry traces", () => {
  test("one trace query is one trace: the gateway, the five subgraphs it crosses, and their SQL statements", async () => {
    const chain = await runFullChain(p, "SAIC_CASE", "440300");
    await settled();
    recorder.reset();
    const res = await p.query({ agency: "COURTS", region: "440000" }, TRACE, { id: chain.sourceId });
    expect(res.errors).toBeUndefined();
    expect(res.data.saicCase.referrals[0].criminalCase.prosecutions[0].courtCases[0].judgment.verdict).toBe("GUILTY");

    const spans = await spansWhen(answered);
    const traceIds = new Set(spans.map((s) => s.spanContext().traceId));
    expect(traceIds.size).toBe(1);
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));

    const [root, ...others] = spans.filter((s) => isServer(s) && serviceOf(s) === "gateway");
    expect(others).toHaveLength(0);
    expect(root.parentSpanContext).toBeUndefined();
    expect(root.name).toBe("query other"); // TraceCase is no saved operation: its name is no label
    // Apollo Gateway's own spans (plan, execute, fetch) hang under the request
    expect(spans.filter((s) => s.instrumentationScope.name === "@apollo/gateway").every((s) => ancestors(s, byId).includes(root))).toBe(true);

    const subgraphServers = spans.filter((s) => isServer(s) && serviceOf(s) !== "gateway");
    expect([...new Set(subgraphServers.map(serviceOf))].sort()).toEqual(["courts", "linkage", "police", "procuratorate", "saic"]);
    for (const server of subgraphServers) {
      // the parent came over HTTP in `traceparent` (remote), and it is the gateway's fetch to this subgraph
      expect(server.parentSpanContext?.isRemote).toBe(true);
      const fetch = byId.get(server.parentSpanContext!.spanId)!;
      expect(fetch).toMatchObject({ kind: SpanKind.CLIENT, attributes: expect.objectContaining({ "ipr.subgraph": serviceOf(server) }) });
      expect(fetch.instrumentationScope.name).toBe("ipr-gateway");
      expect(ancestors(fetch, byId)).toContain(root);
      // and every SQL statement it sent hangs beneath it
      const statements = spans.filter((s) => s.attributes["db.system.name"] === "postgresql" && ancestors(s, byId).includes(server));
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.every((s) => s.attributes["db.namespace"] === serviceOf(server))).toBe(true);
    }
    // the first hop is the root field's subgraph: saic, named after its root field
    expect(subgraphServers.find((s) => serviceOf(s) === "saic")!.name).toBe("query saicCase");

    // the SQL is there without its values: no id, no case number, no name reaches the collector
    const sql = spans.filter((s) => s.attributes["db.system.name"]).map((s) => String(s.attributes["db.query.text"]));
    expect(sql.some((q) => /select .* from "saic"\."saic_case"/i.test(q))).toBe(true);
    expect(sql.filter((q) => q.includes(chain.sourceId) || q.includes("王强") || q.includes("440300"))).toEqual([]);
  });

  test("a subgraph's peer check continues the trace: linkage asks saic about the referred case", async () => {
    await settled();
    recorder.reset();
    await runFullChain(p, "SAIC_CASE", "440300");
    const spans = await spansWhen((all) => all.some((s) => isServer(s) && s.name === "mutation sendReferral") && answered(all));
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const referral = spans.find((s) => isServer(s) && s.name === "mutation sendReferral")!;
    expect(serviceOf(referral)).toBe("linkage");
    const peerCalls = spans.filter((s) => s.kind === SpanKind.CLIENT && s.instrumentationScope.name === "ipr-linkage" && ancestors(s, byId).includes(referral));
    expect(peerCalls.map((s) => s.attributes["ipr.subgraph"])).toContain("saic");
    const answeredBySaic = spans.filter((s) => isServer(s) && serviceOf(s) === "saic" && peerCalls.some((c) => c.spanContext().spanId === s.parentSpanContext?.spanId));
    expect(answeredBySaic.length).toBeGreaterThan(0);
    expect(answeredBySaic.every((s) => s.parentSpanContext?.isRemote && s.spanContext().traceId === referral.spanContext().traceId)).toBe(true);
  });
});
