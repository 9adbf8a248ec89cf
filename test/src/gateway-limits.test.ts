import { randomUUID } from "node:crypto";
import { getIntrospectionQuery } from "graphql";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { DEV_JWT_SECRET, documentHash, issueToken, type GatewayConfig, type RunningGateway } from "@ipr/gateway";
import { gatewayFor, startPlatform, token, type Platform } from "./platform";

// The gateway's defences against hostile callers, through the real platform: the platform's own
// gateway with the default limits, and further gateways (same subgraphs) with tight ones.
// Every refusal must come with its own code and no `data`: nothing was executed.

let p: Platform;
const started: RunningGateway[] = [];
const dir = mkdtempSync(join(tmpdir(), "ipr-gateway-limits-"));
beforeAll(async () => {
  p = await startPlatform();
}, 120_000);
afterAll(async () => {
  for (const g of started) await g.stop();
  await p?.stop();
});

/** Another gateway in front of the platform's subgraphs. */
async function gatewayWith(overrides: Partial<GatewayConfig>): Promise<RunningGateway> {
  const gateway = await gatewayFor(p, overrides);
  started.push(gateway);
  return gateway;
}

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
}
const bearer = async (agency = "SAIC", region = "440000", sub?: string, roles?: string[]) =>
  `Bearer ${roles ? await issueToken({ agency, region, sub, roles }, new TextEncoder().encode(DEV_JWT_SECRET)) : await token(agency, region, sub)}`;

async function post(url: string, body: unknown, authorization?: string | null): Promise<Answer> {
  const auth = authorization === undefined ? await bearer() : authorization;
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer["body"] };
}
const ask = (url: string, query: string, authorization?: string | null) => post(url, { query }, authorization);

/** Refused with this status and code only, and nothing executed. */
function expectRefused(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, codes: answer.body.errors?.map((e) => e.extensions?.code) }).toEqual({ status, codes: [code] });
  expect(answer.body.data ?? null).toBeNull();
}
function expectAnswered(answer: Answer) {
  expect({ status: answer.status, errors: answer.body.errors }).toEqual({ status: 200, errors: undefined });
  expect(answer.body.data).toBeTruthy();
}

const SMALL = `{ saicCases(first: 1) { totalCount } }`;
/** From the admin case to the judgment, through nested connections: depth 11, must pass. */
const TRACE = `{ saicCases { edges { node { referrals { criminalCase { prosecutions { courtCases { judgment { sentences { person { name } } } } } } } } } } }`;

describe("hostile queries at the default limits", () => {
  test("the admin-case → judgment trace passes", async () => {
    expectAnswered(await ask(p.gateway.url, TRACE));
  });

  test("depth bomb: QUERY_TOO_DEEP", async () => {
    const deep = `{ saicCases { edges { node { referrals { criminalCase { suspects { criminalCase { suspects {
      criminalCase { suspects { criminalCase { suspects { id } } } } } } } } } } } } }`;
    expectRefused(await ask(p.gateway.url, deep), 400, "QUERY_TOO_DEEP");
  });

  test("alias bomb: TOO_MANY_ALIASES", async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: caseNumber`).join(" ");
    expectRefused(await ask(p.gateway.url, `{ saicCases(first: 1) { edges { node { ${aliases} } } } }`), 400, "TOO_MANY_ALIASES");
  });

  test("root-field bomb: TOO_MANY_ROOT_FIELDS", async () => {
    const roots = Array.from({ length: 21 }, (_, i) => `r${i}: saicCases(first: 1) { totalCount }`).join(" ");
    expectRefused(await ask(p.gateway.url, `{ ${roots} }`), 400, "TOO_MANY_ROOT_FIELDS");
  });

  test("token bomb: TOO_MANY_TOKENS, before the document is built", async () => {
    expectRefused(await ask(p.gateway.url, `{ saicCases(first: 1) { totalCount ${"__typename ".repeat(2001)} } }`), 400, "TOO_MANY_TOKENS");
  });

  test("cost bomb: QUERY_TOO_COSTLY", async () => {
    const bomb = `{ saicCases(first: 100) { edges { node { referrals { criminalCase { suspects { criminalCase { suspects {
      criminalCase { suspects { id name idNumber nationality caughtOn sentences { prisonMonths } } } } } } } } } } } }`;
    expectRefused(await ask(p.gateway.url, bomb), 400, "QUERY_TOO_COSTLY");
  });

  test("oversized body: HTTP 413 with a GraphQL error body", async () => {
    const pad = "x".repeat(150 * 1024);
    const answer = await post(p.gateway.url, { query: SMALL, variables: { pad } });
    expectRefused(answer, 413, "PAYLOAD_TOO_LARGE");
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    // under the limit the same request runs
    expectAnswered(await post(p.gateway.url, { query: SMALL, variables: { pad: pad.slice(0, 90 * 1024) } }));
  });

  test("malformed JSON: 400 BAD_REQUEST as a GraphQL error body", async () => {
    expectRefused(await post(p.gateway.url, '{"query": "{ __typename }"'), 400, "BAD_REQUEST");
  });
});

describe("tight limits from the configuration", () => {
  test("each limit follows its setting", async () => {
    const g = await gatewayWith({ limits: { maxDepth: 3, maxAliases: 3, maxRootFields: 2, maxTokens: 40, maxCost: 30, maxBodyBytes: 1024 } });
    expectAnswered(await ask(g.url, SMALL));
    expectRefused(await ask(g.url, `{ saicCases(first: 1) { edges { node { rightHolder { name } } } } }`), 400, "QUERY_TOO_DEEP");
    expectRefused(await ask(g.url, `{ saicCases(first: 1) { a: totalCount b: totalCount c: totalCount d: totalCount } }`), 400, "TOO_MANY_ALIASES");
    expectRefused(await ask(g.url, `{ a: saicCases(first: 1) { totalCount } b: patentCases(first: 1) { totalCount } c: copyrightCases(first: 1) { totalCount } }`), 400, "TOO_MANY_ROOT_FIELDS");
    expectRefused(await ask(g.url, `{ saicCases(first: 1) { totalCount ${"__typename ".repeat(40)} } }`), 400, "TOO_MANY_TOKENS");
    expectRefused(await ask(g.url, `{ saicCases(first: 30) { totalCount } }`), 400, "QUERY_TOO_COSTLY");
    expectRefused(await post(g.url, { query: SMALL, variables: { pad: "x".repeat(2000) } }), 413, "PAYLOAD_TOO_LARGE");
  });

  test("slow query: EXECUTION_TIMEOUT (HTTP 504) at the deadline, no data", async () => {
    const g = await gatewayWith({ limits: { executionTimeoutMs: 1 } });
    const office = await bearer("OFFICE", "000000");
    const answer = await ask(g.url, `{ monthlyReports(from: "2017-01", to: "2019-12") { region police { casesFiled } courts { judgments } } }`, office);
    expectRefused(answer, 504, "EXECUTION_TIMEOUT");
    // the platform's gateway (15 s) answers the same query
    expectAnswered(await ask(p.gateway.url, `{ monthlyReports(from: "2017-01", to: "2019-12") { region police { casesFiled } courts { judgments } } }`, office));
  });
});

describe("introspection", () => {
  const INTROSPECT = `{ __schema { queryType { name } } }`;
  test("without a token: 401, nothing executed", async () => {
    expectRefused(await ask(p.gateway.url, INTROSPECT, null), 401, "UNAUTHENTICATED");
    expectRefused(await ask(p.gateway.url, INTROSPECT, "Bearer not.a.token"), 401, "UNAUTHENTICATED");
  });

  test("with a token: allowed by default", async () => {
    const answer = await ask(p.gateway.url, INTROSPECT);
    expectAnswered(answer);
    expect(answer.body.data.__schema.queryType.name).toBe("Query");
  });

  test("INTROSPECTION=false: __schema and __type refused even with a token; __typename stays", async () => {
    const g = await gatewayWith({ introspection: false });
    expectRefused(await ask(g.url, INTROSPECT), 400, "INTROSPECTION_DISABLED");
    expectRefused(await ask(g.url, `{ __type(name: "SaicCase") { fields { name } } }`), 400, "INTROSPECTION_DISABLED");
    expectRefused(await ask(g.url, `query { ...I } fragment I on Query { __schema { types { name } } }`), 400, "INTROSPECTION_DISABLED");
    expectAnswered(await ask(g.url, `{ __typename saicCases(first: 1) { totalCount } }`));
  });

  test("GraphiQL's own introspection query is answered", async () => {
    const answer = await ask(p.gateway.url, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true }));
    expectAnswered(answer);
    expect(answer.body.data.__schema.types.length).toBeGreaterThan(100);
  });

  test("deep introspection is refused as too deep: through ofType, fragments and aliases", async () => {
    const nest = (n: number) => Array.from({ length: n }).reduce<string>((inner) => `ofType { ${inner} }`, "name");
    expectRefused(await ask(p.gateway.url, `{ __schema { types { ${nest(40)} } } }`), 400, "QUERY_TOO_DEEP");
    expectRefused(await ask(p.gateway.url, `{ s: __type(name: "SaicCase") { ${nest(20)} } }`), 400, "QUERY_TOO_DEEP");
    const fragments = `query { __schema { types { ...A } } } fragment A on __Type { ofType { ...B } } fragment B on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }`;
    const answer = await ask(p.gateway.url, fragments);
    expect(answer.status).toBe(400);
    expect(new Set(answer.body.errors?.map((e) => e.extensions?.code))).toEqual(new Set(["QUERY_TOO_DEEP"]));
    expect(answer.body.data ?? null).toBeNull();
  });

  test("introspection is costed like any query", async () => {
    const g = await gatewayWith({ limits: { maxCost: 50 } });
    expectRefused(await ask(g.url, `{ __schema { types { fields { args { type { name } } type { fields { name } } } } } }`), 400, "QUERY_TOO_COSTLY");
    expectAnswered(await ask(g.url, `{ __schema { queryType { name } } }`));
  });

  test("/health and the landing page stay open", async () => {
    expect((await fetch(p.gateway.url.replace(/\/graphql$/, "/health"))).status).toBe(200);
    const page = await fetch(p.gateway.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
  });
});

describe("persisted operations", () => {
  const ALLOWED = `query CaseCount { saicCases(first: 1) { totalCount } }`;
  const OTHER = `query Other { patentCases(first: 1) { totalCount } }`;
  let manifest: string;
  beforeAll(() => {
    manifest = join(dir, "operations.json");
    writeFileSync(manifest, JSON.stringify({ [documentHash(ALLOWED)]: ALLOWED }));
  });
  const hashOnly = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

  test("for every caller: the registered document runs, in full or by hash; nothing else", async () => {
    const g = await gatewayWith({ persistedOperations: { file: manifest } });
    const full = await ask(g.url, ALLOWED);
    expectAnswered(full);
    expect(full.body.data.saicCases.totalCount).toEqual(expect.any(Number));
    expectAnswered(await post(g.url, hashOnly(documentHash(ALLOWED))));
    expectAnswered(await post(g.url, { query: ALLOWED, ...hashOnly(documentHash(ALLOWED)) }));
    const get = await fetch(`${g.url}?extensions=${encodeURIComponent(JSON.stringify(hashOnly(documentHash(ALLOWED)).extensions))}`, {
      headers: { authorization: await bearer(), "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data.saicCases.totalCount).toEqual(expect.any(Number));
    for (const search of [`query=${encodeURIComponent(OTHER)}`, `query=${encodeURIComponent(ALLOWED)}&query=${encodeURIComponent(OTHER)}`]) {
      const refused = await fetch(`${g.url}?${search}`, { headers: { authorization: await bearer(), "apollo-require-preflight": "true" } });
      expectRefused({ status: refused.status, headers: refused.headers, body: (await refused.json()) as Answer["body"] }, 400, "PERSISTED_QUERY_NOT_ALLOWED");
    }

    expectRefused(await ask(g.url, OTHER), 400, "PERSISTED_QUERY_NOT_ALLOWED");
    expectRefused(await ask(g.url, ALLOWED.replace("totalCount", " totalCount")), 400, "PERSISTED_QUERY_NOT_ALLOWED"); // the exact text is hashed
    // an unknown hash alone resolves to nothing: APQ's PERSISTED_QUERY_NOT_FOUND (its text would then be refused above)
    expectRefused(await post(g.url, hashOnly(documentHash(OTHER))), 200, "PERSISTED_QUERY_NOT_FOUND");
    expectRefused(await ask(g.url, `{ __schema { types { name } } }`), 400, "PERSISTED_QUERY_NOT_ALLOWED");
    expectRefused(await ask(g.url, ALLOWED, null), 401, "UNAUTHENTICATED");
  });

  test("PERSISTED_OPERATIONS_ROLES=bi binds only tokens with that role", async () => {
    const g = await gatewayWith({ persistedOperations: { file: manifest, roles: ["bi"] } });
    const bi = await bearer("OFFICE", "000000", "powerbi", ["bi"]);
    const officer = await bearer("OFFICE", "000000", "officer");
    expectRefused(await ask(g.url, OTHER, bi), 400, "PERSISTED_QUERY_NOT_ALLOWED");
    expectAnswered(await ask(g.url, ALLOWED, bi));
    expectAnswered(await post(g.url, hashOnly(documentHash(ALLOWED)), bi));
    expectAnswered(await ask(g.url, OTHER, officer));
    expectAnswered(await post(g.url, hashOnly(documentHash(ALLOWED)), officer));
  });

  test("a manifest whose key is not the hash of its document stops the gateway at start", async () => {
    const bad = join(dir, "bad-operations.json");
    writeFileSync(bad, JSON.stringify({ [documentHash(OTHER)]: ALLOWED }));
    await expect(gatewayWith({ persistedOperations: { file: bad } })).rejects.toThrow(/not the SHA-256 of its document/);
    const list = join(dir, "list-operations.json");
    writeFileSync(list, JSON.stringify([ALLOWED]));
    expectAnswered(await post((await gatewayWith({ persistedOperations: { file: list } })).url, hashOnly(documentHash(ALLOWED))));
  });
});

describe("rate limits", () => {
  const reports = (g: RunningGateway) => g.url.replace(/\/graphql$/, "/reports/monthly.csv?region=440000&period=2017-10");
  const getReport = async (g: RunningGateway, authorization: string) => fetch(reports(g), { headers: { authorization } });

  function expectLimited(answer: Answer) {
    expectRefused(answer, 429, "RATE_LIMITED");
    expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  }

  test("per user, in memory: 429 with Retry-After, /graphql and /reports share the budget", async () => {
    const g = await gatewayWith({ rateLimit: { user: { points: 3, duration: 60, burst: 3 }, agency: null } });
    const li = await bearer("SAIC", "440000", "li");
    expectAnswered(await ask(g.url, SMALL, li));
    expectAnswered(await ask(g.url, SMALL, li));
    expect((await getReport(g, li)).status).toBe(200);
    expectLimited(await ask(g.url, SMALL, li));
    const report = await getReport(g, li);
    expect(report.status).toBe(429);
    expect(Number(report.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await report.json()) as any).errors[0].extensions.code).toBe("RATE_LIMITED");
    // another officer of the same agency has a budget of their own
    expectAnswered(await ask(g.url, SMALL, await bearer("SAIC", "440000", "wang")));
  });

  test("bursts above the rate are lent by the burst budget", async () => {
    const g = await gatewayWith({ rateLimit: { user: { points: 2, duration: 60, burst: 4 }, agency: null, burstWindowSeconds: 60 } });
    const li = await bearer("SAIC", "440000", "li");
    for (let i = 0; i < 4; i++) expectAnswered(await ask(g.url, SMALL, li));
    expectLimited(await ask(g.url, SMALL, li));
  });

  test("per agency: the officers of one agency share its budget", async () => {
    const g = await gatewayWith({ rateLimit: { user: null, agency: { points: 4, duration: 60, burst: 4 } } });
    for (const sub of ["a", "a", "b", "b"]) expectAnswered(await ask(g.url, SMALL, await bearer("SAIC", "440000", sub)));
    expectLimited(await ask(g.url, SMALL, await bearer("SAIC", "440300", "c")));
    expectAnswered(await ask(g.url, SMALL, await bearer("POLICE", "440000", "a")));
  });

  test("with Redis: two gateways share one budget", async () => {
    const shared = {
      rateLimit: {
        user: { points: 3, duration: 60, burst: 3 },
        agency: null,
        redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
        keyPrefix: `ipr-test-${randomUUID()}`,
      },
    };
    const [a, b] = [await gatewayWith(shared), await gatewayWith(shared)];
    const li = await bearer("SAIC", "440000", "li");
    expectAnswered(await ask(a.url, SMALL, li));
    expectAnswered(await ask(b.url, SMALL, li));
    expectAnswered(await ask(a.url, SMALL, li));
    expectLimited(await ask(b.url, SMALL, li));
    expectLimited(await ask(a.url, SMALL, li));
    // a replica in memory only has a budget of its own: proof that a and b counted in Redis
    const alone = await gatewayWith({ rateLimit: { ...shared.rateLimit, redisUrl: undefined } });
    expectAnswered(await ask(alone.url, SMALL, li));
  });
});

describe("tokens from an agency's own identity provider (RS256, JWKS file)", () => {
  const ISSUER = "https://idp.customs.example.gov.cn";
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let g: RunningGateway;
  beforeAll(async () => {
    keys = await generateKeyPair("RS256");
    const jwksFile = join(dir, "jwks.json");
    writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(keys.publicKey)), kid: "customs-1", alg: "RS256", use: "sig" }] }));
    g = await gatewayWith({ auth: { algorithms: ["RS256"], jwksFile, issuer: [ISSUER], audience: ["ipr-gateway"] } });
  });
  const rs256 = async (opts: { iss?: string; aud?: string } = {}) =>
    `Bearer ${await new SignJWT({ agency: "CUSTOMS", region: "440300" })
      .setProtectedHeader({ alg: "RS256", kid: "customs-1" })
      .setSubject("officer-9")
      .setIssuer(opts.iss ?? ISSUER)
      .setAudience(opts.aud ?? "ipr-gateway")
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(keys.privateKey)}`;

  test("a token of the provider reads", async () => {
    expectAnswered(await ask(g.url, SMALL, await rs256()));
  });

  test.each([
    ["a wrong audience", () => rs256({ aud: "another-service" })],
    ["a wrong issuer", () => rs256({ iss: "https://idp.attacker.example" })],
    ["an HS256 token with the gateway's shared secret (only RS256 allowed)", () => bearer("CUSTOMS", "440300")],
    [
      "an HS256 token keyed with the provider's public key (algorithm confusion)",
      async () =>
        `Bearer ${await new SignJWT({ agency: "CUSTOMS", region: "440300" })
          .setProtectedHeader({ alg: "HS256", kid: "customs-1" })
          .setSubject("x")
          .setIssuer(ISSUER)
          .setAudience("ipr-gateway")
          .setExpirationTime("10m")
          .sign(new TextEncoder().encode(JSON.stringify(await exportJWK(keys.publicKey))))}`,
    ],
  ])("%s: 401, nothing executed", async (_what, authorization) => {
    expectRefused(await ask(g.url, SMALL, await authorization()), 401, "UNAUTHENTICATED");
  });

  test("the platform's gateway (HS256 only) refuses the provider's RS256 token", async () => {
    expectRefused(await ask(p.gateway.url, SMALL, await rs256()), 401, "UNAUTHENTICATED");
  });
});
