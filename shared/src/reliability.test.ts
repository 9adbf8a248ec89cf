import { DEFAULT_POOL_MAX, poolMax, poolShare } from "./pool";
import { logger, redirectLogs, traceIdOf, withLogScope } from "./logger";
import { isDatabaseUnavailable } from "./database-errors";
import { DEV_SUBGRAPH_SECRET, encodeIdentity, signRequest, verifySignedRequest } from "./identity";

describe("the connection budget", () => {
  test("DB_POOL_MAX_<AGENCY> wins over DB_POOL_MAX, which wins over the default", () => {
    expect(poolMax("saic", {})).toBe(DEFAULT_POOL_MAX);
    expect(poolMax("saic", { DB_POOL_MAX: "4" })).toBe(4);
    expect(poolMax("saic", { DB_POOL_MAX: "4", DB_POOL_MAX_SAIC: "8" })).toBe(8);
    expect(() => poolMax("saic", { DB_POOL_MAX: "0" })).toThrow(/DB_POOL_MAX/);
    expect(() => poolMax("saic", { DB_POOL_MAX_SAIC: "lots" })).toThrow(/DB_POOL_MAX_SAIC/);
  });

  test.each([[100, 11], [60, 11], [40, 11], [100, 3], [500, 11]])("max_connections %i shared by %i pools leaves a third free", (max, n) => {
    const share = poolShare(max, n);
    expect(share).toBeGreaterThanOrEqual(2);
    expect(share).toBeLessThanOrEqual(10);
    if (share > 2) expect(share * n).toBeLessThanOrEqual(Math.floor(((max - 3) * 2) / 3));
  });

  test("the default fits PostgreSQL's default of 100 for all eleven subgraphs", () => {
    expect(DEFAULT_POOL_MAX * 11).toBeLessThanOrEqual(97 - 30);
  });
});

describe("trace ids", () => {
  test("a traceparent's trace id, else a well-formed x-request-id, else a new one", () => {
    expect(traceIdOf({ traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" })).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    expect(traceIdOf({ "x-request-id": "req-12345678" })).toBe("req-12345678");
    expect(traceIdOf({ "x-request-id": "a\nforged log line" })).toMatch(/^[0-9a-f]{32}$/);
    expect(traceIdOf({ traceparent: "00-00000000000000000000000000000000-00f067aa0ba902b7-01" })).toMatch(/^[0-9a-f]{32}$/);
    expect(traceIdOf({})).not.toBe(traceIdOf({}));
  });

  test("every line names the service, and inside a request its trace id", () => {
    const lines: Array<Record<string, unknown>> = [];
    const level = logger.level;
    logger.level = "info";
    const restore = redirectLogs({ write: (line: string) => lines.push(JSON.parse(line)) });
    try {
      withLogScope({ service: "saic", traceId: "t-123456789" }, () => logger.info("inside"));
      logger.info("outside");
    } finally {
      restore();
      logger.level = level;
    }
    expect(lines[0]).toMatchObject({ service: "saic", traceId: "t-123456789", msg: "inside" });
    expect(lines[1].traceId).toBeUndefined();
  });
});

describe("database outages", () => {
  test.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["too many clients", Object.assign(new Error("sorry, too many clients already"), { code: "53300" })],
    ["a server shutting down", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["an exhausted pool", new Error("Knex: Timeout acquiring a connection. The pool is probably full.")],
    ["a non-Error thrown, wrapped by graphql-js", Object.assign(new Error("Unexpected error value"), { thrownValue: { code: "ECONNREFUSED" } })],
    ["a pooled client the restart closed", new Error("Client was closed and is not queryable")],
    ["a socket the server ended", Object.assign(new Error("This socket has been ended by the other party"), { name: "Error" })],
    ["MikroORM's connection exception", Object.assign(new Error("connection lost"), { name: "ConnectionException" })],
  ])("%s is an outage", (_what, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  test.each([
    ["a unique violation", Object.assign(new Error("duplicate key"), { code: "23505" })],
    ["a bug", new TypeError("cannot read properties of undefined")],
  ])("%s is not", (_what, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});

describe("the idempotency key is signed", () => {
  const who = encodeIdentity({ sub: "s", agency: "SAIC" as never, region: "440300", roles: [] });
  const body = Buffer.from('{"query":"mutation { x }"}');
  test("kept, it verifies; added, removed or swapped, it does not", () => {
    const signed = signRequest(DEV_SUBGRAPH_SECRET, who, body, Date.now(), "key-1");
    expect(() => verifySignedRequest(signed, body, [DEV_SUBGRAPH_SECRET])).not.toThrow();
    expect(() => verifySignedRequest({ ...signed, "x-ipr-idempotency-key": "key-2" }, body, [DEV_SUBGRAPH_SECRET])).toThrow(/does not match/);
    const { "x-ipr-idempotency-key": _removed, ...without } = signed;
    expect(() => verifySignedRequest(without, body, [DEV_SUBGRAPH_SECRET])).toThrow(/does not match/);
    const plain = signRequest(DEV_SUBGRAPH_SECRET, who, body);
    expect(() => verifySignedRequest({ ...plain, "x-ipr-idempotency-key": "key-1" }, body, [DEV_SUBGRAPH_SECRET])).toThrow(/does not match/);
  });
});
