import http from "node:http";
import type { AddressInfo } from "node:net";
import { createHash } from "node:crypto";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { GraphQLError } from "graphql";
import { formatError, makeIdNumber, unauthenticated, type Identity } from "@ipr/shared";
import { REDACTED } from "./redact";
import { auditDataSource, auditPlugin, noteSubgraph, outcomeOf, type AuditContext } from "./plugin";
import { auditRequests, auditedContext } from "./requests";
import type { AuditEntry } from "./entry";
import type { AuditSink } from "./sink";

/** Collects what the plugin records. */
class Collect implements AuditSink {
  entries: AuditEntry[] = [];
  stopped = 0;
  record(e: AuditEntry) {
    this.entries.push(e);
  }
  async flush() {}
  async stop() {
    this.stopped++;
  }
}

const typeDefs = `
  type Query { ok: String fails: String required: String! echo(name: String, note: String): String }
  type Mutation { fileCase(input: CaseInput!): String }
  input CaseInput { filingNumber: String! suspects: [SuspectInput!]! }
  input SuspectInput { name: String! idNumber: String! }
`;
const resolvers = {
  Query: {
    ok: (_r: unknown, _a: unknown, ctx: AuditContext) => {
      noteSubgraph(ctx, "saic");
      noteSubgraph(ctx, "linkage");
      noteSubgraph(ctx, "saic");
      return "ok";
    },
    fails: () => {
      throw new GraphQLError("not yours", { extensions: { code: "FORBIDDEN" } });
    },
    required: () => {
      throw new GraphQLError("no such thing", { extensions: { code: "NOT_FOUND" } });
    },
    echo: (_r: unknown, a: { name?: string }) => a.name ?? null,
  },
  Mutation: { fileCase: () => "filed" },
};

const WHO: Identity = { sub: "sz-police-7", agency: "POLICE" as Identity["agency"], region: "440300", roles: [] };
const sha = (s: string) => createHash("sha256").update(s).digest("hex");

type Layout = "context-checks-token" | "bare-context" | "gateway";

/**
 * A server with the audit plugin. "gateway" is laid out like gateway/src/server.ts: auditRequests
 * first, a JSON body parser with its own refusals, a token guard (401) keeping the caller in
 * res.locals.identity, a rate limit (429 for the sub "greedy"), then Apollo with the audited
 * context. The other two check the token in the context function, with or without auditedContext.
 */
async function serve(sink: AuditSink, layout: Layout) {
  const server = new ApolloServer<AuditContext>({ typeDefs, resolvers, formatError, plugins: [auditPlugin(sink)] });
  await server.start();
  const who = (authorization: string | undefined): Identity => {
    if (authorization === "Bearer good") return WHO;
    if (authorization === "Bearer greedy") return { ...WHO, sub: "greedy" };
    throw unauthenticated("send Authorization: Bearer <token>");
  };
  const identify = async ({ req, res }: { req: express.Request; res: express.Response }) => ({ identity: (res.locals.identity as Identity | undefined) ?? who(req.headers.authorization) });
  const refuse = (res: express.Response, status: number, code: string) => void res.status(status).json({ errors: [{ message: code, extensions: { code } }] });
  const app = express();
  if (layout === "gateway")
    app.use(
      "/graphql",
      auditRequests(sink),
      express.json({ limit: 2000 }),
      (error: Error & { type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) =>
        error.type === "entity.too.large" ? refuse(res, 413, "PAYLOAD_TOO_LARGE") : error.type === "entity.parse.failed" ? refuse(res, 400, "BAD_REQUEST") : next(error),
      (req: express.Request, res: express.Response, next: express.NextFunction) => {
        if (req.headers.authorization === undefined && req.method === "GET") return next();
        try {
          res.locals.identity = who(req.headers.authorization);
        } catch {
          return refuse(res, 401, "UNAUTHENTICATED");
        }
        next();
      },
      (_req: express.Request, res: express.Response, next: express.NextFunction) => (res.locals.identity?.sub === "greedy" ? refuse(res, 429, "RATE_LIMITED") : next()),
      expressMiddleware(server, { context: auditedContext(sink, identify) }),
    );
  else app.use("/graphql", express.json(), expressMiddleware(server, { context: layout === "context-checks-token" ? auditedContext(sink, identify) : identify }));
  const httpServer = http.createServer(app);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  const post = async (body: unknown, authorization: string | null = "Bearer good", raw?: string) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "1", ...(authorization ? { authorization } : {}) },
      body: raw ?? JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const get = async (params: Record<string, string>) => {
    const res = await fetch(`${url}?${new URLSearchParams(params)}`, { headers: { "apollo-require-preflight": "1" } });
    return { status: res.status, body: (await res.json()) as any };
  };
  return { server, post, get, close: async () => { await server.stop(); await new Promise((r) => httpServer.close(r)); } };
}

let sink: Collect;
let api: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  sink = new Collect();
  api = await serve(sink, "context-checks-token");
});
afterAll(() => api.close());
beforeEach(() => {
  sink.entries = [];
});

const only = () => {
  expect(sink.entries).toHaveLength(1);
  return sink.entries[0];
};

describe("auditPlugin", () => {
  test("a successful query: who, what, where it went, when, how long, from where", async () => {
    const query = "query Ok { ok }";
    const before = Date.now();
    expect((await api.post({ query, operationName: "Ok" })).body).toEqual({ data: { ok: "ok" } });
    const e = only();
    expect(e).toMatchObject({
      sub: "sz-police-7", agency: "POLICE", region: "440300", operationName: "Ok", operationType: "QUERY", documentHash: sha(query),
      variables: null, outcome: "SUCCESS", errorCodes: [],
    });
    expect(e.subgraphs.sort()).toEqual(["linkage", "saic"]);
    expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(e.at)).toBeGreaterThanOrEqual(before - 5);
    expect(e.durationMs).toBeGreaterThanOrEqual(0);
    expect(e.clientAddress).toMatch(/127\.0\.0\.1/);
  });

  test.each([
    ["some fields fail: PARTIAL", "{ ok fails }", "PARTIAL", ["FORBIDDEN"]],
    ["every field fails: ERROR", "{ fails }", "ERROR", ["FORBIDDEN"]],
    ["a non-null field fails, data is null: ERROR", "{ required }", "ERROR", ["NOT_FOUND"]],
    ["an invalid document: REFUSED", "{ nope }", "REFUSED", ["GRAPHQL_VALIDATION_FAILED"]],
    ["an unparsable document: REFUSED", "{ ok", "REFUSED", ["GRAPHQL_PARSE_FAILED"]],
    ["a variable of the wrong type: REFUSED", "query($n: Int) { echo(name: $n) }", "REFUSED", ["GRAPHQL_VALIDATION_FAILED"]],
    ["a variable value that does not fit: REFUSED", "query($n: String!) { echo(name: $n) }", "REFUSED", ["BAD_USER_INPUT"]],
  ])("%s", async (_what, query, outcome, errorCodes) => {
    await api.post({ query, variables: { n: 5 } });
    expect(only()).toMatchObject({ sub: "sz-police-7", outcome, errorCodes, documentHash: sha(query) });
  });

  test("an invalid document still records its operation's name and type", async () => {
    await api.post({ query: "mutation M { nope }" });
    expect(only()).toMatchObject({ operationType: "MUTATION", operationName: "M", outcome: "REFUSED" });
  });

  test("variables are recorded with personal data redacted", async () => {
    const id = makeIdNumber("440305", "1980-05-01", 3);
    const query = "mutation File($input: CaseInput!) { fileCase(input: $input) }";
    const input = { filingNumber: "公经立-1", suspects: [{ name: "张伟", idNumber: id }] };
    expect((await api.post({ query, variables: { input } })).body.data.fileCase).toBe("filed");
    expect(only()).toMatchObject({
      operationName: "File", operationType: "MUTATION", outcome: "SUCCESS",
      variables: { input: { filingNumber: "公经立-1", suspects: [{ name: REDACTED, idNumber: REDACTED }] } },
    });
    await api.post({ query: "query($note: String) { echo(note: $note) }", variables: { note: `见身份证${id}` } });
    expect(sink.entries[1].variables).toEqual({ note: `见身份证${REDACTED}` });
  });

  test("no token: the caller is told 401 and the request is recorded as REFUSED by anonymous, with what it asked", async () => {
    const query = "query Peek($name: String) { echo(name: $name) }";
    const res = await api.post({ query, operationName: "Peek", variables: { name: "张伟" } }, null);
    expect(res.status).toBe(401);
    expect(res.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(only()).toMatchObject({
      sub: "anonymous", agency: null, region: null, operationName: "Peek", operationType: "QUERY", documentHash: sha(query),
      variables: { name: REDACTED }, subgraphs: [], outcome: "REFUSED", errorCodes: ["UNAUTHENTICATED"],
    });
    expect(only().clientAddress).toMatch(/127\.0\.0\.1/);
  });

  test("a malformed body (query not a string) is recorded as REFUSED, the caller unidentified", async () => {
    const res = await api.post({ query: 42 });
    expect(res.status).toBe(400);
    expect(only()).toMatchObject({ sub: "unidentified", outcome: "REFUSED", errorCodes: ["BAD_REQUEST"] });
  });

  test("operations run inside the gateway (executeOperation, as the exports do) are recorded with their caller", async () => {
    const res = await api.server.executeOperation({ query: "query Export { ok }" }, { contextValue: { identity: WHO } });
    expect(res.body.kind).toBe("single");
    expect(only()).toMatchObject({ sub: "sz-police-7", operationName: "Export", outcome: "SUCCESS", clientAddress: null });
    expect(only().subgraphs.sort()).toEqual(["linkage", "saic"]);
  });

  test("without auditedContext, a refused context is still recorded once (Apollo gives the hook only the error)", async () => {
    const bare = new Collect();
    const other = await serve(bare, "bare-context");
    try {
      expect((await other.post({ query: "{ ok }" }, null)).status).toBe(401);
      expect(bare.entries).toHaveLength(1);
      expect(bare.entries[0]).toMatchObject({ sub: "anonymous", outcome: "REFUSED", errorCodes: ["UNAUTHENTICATED"], operationName: null, documentHash: null });
    } finally {
      await other.close();
    }
    expect(bare.stopped).toBe(1); // stopping the server stops (and so flushes) the sink
  });

  test("with auditedContext a refusal is recorded once, not again by contextCreationDidFail", async () => {
    await api.post({ query: "{ ok }" }, "Bearer bad");
    expect(sink.entries).toHaveLength(1);
  });
});

describe("laid out like the gateway: auditRequests in front, refusals by middleware", () => {
  let gw: Awaited<ReturnType<typeof serve>>;
  const collected = new Collect();
  beforeAll(async () => {
    gw = await serve(collected, "gateway");
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    collected.entries = [];
  });
  const one = () => {
    expect(collected.entries).toHaveLength(1);
    return collected.entries[0];
  };

  test("an executed operation is recorded once, by the plugin, with the address and the time the request arrived", async () => {
    expect((await gw.post({ query: "query Ok { ok }" })).status).toBe(200);
    expect(one()).toMatchObject({ sub: "sz-police-7", operationName: "Ok", outcome: "SUCCESS", subgraphs: ["saic", "linkage"] });
    expect(one().clientAddress).toMatch(/127\.0\.0\.1/);
    collected.entries = [];
    expect((await gw.post({ query: "query Bad { nope }" })).status).toBe(400);
    expect(one()).toMatchObject({ sub: "sz-police-7", operationName: "Bad", outcome: "REFUSED", errorCodes: ["GRAPHQL_VALIDATION_FAILED"] });
  });

  test("no token, refused by the guard (401): REFUSED by anonymous, with what it asked, once", async () => {
    const query = "query Peek($name: String) { echo(name: $name) }";
    const res = await gw.post({ query, variables: { name: "张伟" } }, null);
    expect(res.status).toBe(401);
    expect(one()).toMatchObject({
      sub: "anonymous", agency: null, region: null, operationName: "Peek", operationType: "QUERY", documentHash: sha(query),
      variables: { name: REDACTED }, outcome: "REFUSED", errorCodes: ["UNAUTHENTICATED"],
    });
    expect(one().clientAddress).toMatch(/127\.0\.0\.1/);
  });

  test("a rate-limited caller (429): REFUSED with the caller the guard verified", async () => {
    expect((await gw.post({ query: "query Again { ok }" }, "Bearer greedy")).status).toBe(429);
    expect(one()).toMatchObject({ sub: "greedy", agency: "POLICE", region: "440300", operationName: "Again", outcome: "REFUSED", errorCodes: ["RATE_LIMITED"] });
  });

  test("a body that is not JSON, or too large: REFUSED, nothing of the request readable", async () => {
    expect((await gw.post(null, "Bearer good", "{not json")).status).toBe(400);
    expect(one()).toMatchObject({ sub: "anonymous", outcome: "REFUSED", errorCodes: ["BAD_REQUEST"], documentHash: null, operationName: null });
    collected.entries = [];
    expect((await gw.post({ query: `{ echo(note: "${"x".repeat(3000)}") }` })).status).toBe(413);
    expect(one()).toMatchObject({ outcome: "REFUSED", errorCodes: ["PAYLOAD_TOO_LARGE"] });
  });

  test("a bad body shape refused by Apollo after the token: REFUSED with the caller, once", async () => {
    expect((await gw.post({ query: 42 })).status).toBe(400);
    expect(one()).toMatchObject({ sub: "sz-police-7", outcome: "REFUSED", errorCodes: ["BAD_REQUEST"] });
  });

  test("a GET without a token passes the guard and fails in the context: REFUSED by anonymous, once", async () => {
    const res = await gw.get({ query: "query Look { ok }" });
    expect(res.status).toBe(401);
    expect(one()).toMatchObject({ sub: "anonymous", operationName: "Look", operationType: "QUERY", outcome: "REFUSED", errorCodes: ["UNAUTHENTICATED"] });
  });
});

describe("outcomeOf", () => {
  test.each([
    [true, { a: 1 }, undefined, true, "SUCCESS"],
    [false, undefined, [{}], false, "REFUSED"],
    [true, undefined, [{}], false, "REFUSED"], // variables refused by the executor: nothing called
    [true, undefined, [{}], true, "ERROR"], // a timeout after subgraph calls
    [true, null, [{}], true, "ERROR"],
    [true, { a: null }, [{}], true, "ERROR"],
    [true, { a: null, b: 1 }, [{}], true, "PARTIAL"],
  ])("executed %p, data %p, errors %p, subgraphs called %p: %s", (executed, data, errors, called, outcome) => {
    expect(outcomeOf(executed as boolean, data, errors as unknown[] | undefined, called as boolean)).toBe(outcome);
  });
});

describe("subgraph notes", () => {
  test("auditDataSource notes client operations only, then runs the source's own willSendRequest", async () => {
    const calls: string[] = [];
    const source = auditDataSource("police", { willSendRequest: (o: { kind: string }) => void calls.push(o.kind) });
    const context: AuditContext = {};
    await source.willSendRequest!({ kind: "incoming operation", incomingRequestContext: {}, context, request: {} } as never);
    await source.willSendRequest!({ kind: "health check", context: {}, request: {} } as never);
    expect([...context.auditSubgraphs!]).toEqual(["police"]);
    expect(calls).toEqual(["incoming operation", "health check"]);
  });

  test("noteSubgraph ignores a missing context", () => {
    expect(() => noteSubgraph(undefined, "saic")).not.toThrow();
  });
});
