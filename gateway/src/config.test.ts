import { DEFAULT_LIMITS, DEFAULT_RATE_LIMIT, DEV_JWT_SECRET, SUPERGRAPH_PATH, configFromEnv, gatewaySettings, type GatewayConfig } from "./config";

const env = (vars: Record<string, string> = {}) => configFromEnv({ SUPERGRAPH_PATH, ...vars });
const PRODUCTION = { NODE_ENV: "production", SUBGRAPH_SECRET: "s".repeat(40) };

describe("configuration from the environment", () => {
  test("defaults", () => {
    const config = env();
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toMatchObject({
      maxDepth: 12, maxIntrospectionDepth: 16, maxAliases: 30, maxRootFields: 20, maxTokens: 2000, maxCost: 50_000, maxBodyBytes: 102_400, executionTimeoutMs: 15_000,
    });
    expect(config.auth).toEqual({ algorithms: ["HS256"], jwksUrl: undefined, jwksFile: undefined, issuer: undefined, audience: undefined });
    expect(config.introspection).toBe(true);
    expect(config.persistedOperations).toEqual({ file: undefined, roles: [] });
    expect(config.rateLimit).toEqual({
      user: { points: 20, duration: 1, burst: 60 },
      agency: { points: 200, duration: 1, burst: 600 },
      burstWindowSeconds: 10,
      redisUrl: undefined,
      keyPrefix: "ipr-gateway",
    });
  });

  test("every limit is read from its variable", () => {
    const config = env({
      MAX_QUERY_DEPTH: "8", MAX_INTROSPECTION_DEPTH: "14", MAX_ALIASES: "5", MAX_ROOT_FIELDS: "4", MAX_TOKENS: "500", MAX_DIRECTIVES: "3", MAX_QUERY_COST: "1000",
      QUERY_COST_LIST_FACTOR: "10", QUERY_COST_DEFAULT_FIRST: "10", QUERY_COST_MAX_FIRST: "50", MAX_BODY_BYTES: "2048", EXECUTION_TIMEOUT_MS: "500",
      INTROSPECTION: "false", PERSISTED_OPERATIONS_FILE: "/etc/ipr/operations.json", PERSISTED_OPERATIONS_ROLES: "bi, analyst",
      RATE_LIMIT_USER_PER_SECOND: "5", RATE_LIMIT_USER_BURST: "8", RATE_LIMIT_AGENCY_PER_SECOND: "50", RATE_LIMIT_BURST_WINDOW_SECONDS: "30",
      REDIS_URL: "redis://cache:6379", RATE_LIMIT_KEY_PREFIX: "ipr-test",
      JWT_ISSUER: "https://idp.gov.cn, https://idp2.gov.cn", JWT_AUDIENCE: "ipr-gateway",
    });
    expect(config.limits).toEqual({
      maxDepth: 8, maxIntrospectionDepth: 14, maxAliases: 5, maxRootFields: 4, maxTokens: 500, maxDirectives: 3, maxCost: 1000,
      costListFactor: 10, costDefaultFirst: 10, costMaxFirst: 50, maxBodyBytes: 2048, executionTimeoutMs: 500,
    });
    expect(config.introspection).toBe(false);
    expect(config.persistedOperations).toEqual({ file: "/etc/ipr/operations.json", roles: ["bi", "analyst"] });
    expect(config.rateLimit).toEqual({
      user: { points: 5, duration: 1, burst: 8 },
      agency: { points: 50, duration: 1, burst: 150 }, // no burst given: three seconds' worth
      burstWindowSeconds: 30,
      redisUrl: "redis://cache:6379",
      keyPrefix: "ipr-test",
    });
    expect(config.auth).toMatchObject({ issuer: ["https://idp.gov.cn", "https://idp2.gov.cn"], audience: ["ipr-gateway"] });
  });

  test("a rate of 0 turns that budget off", () => {
    expect(env({ RATE_LIMIT_USER_PER_SECOND: "0" }).rateLimit).toMatchObject({ user: null, agency: DEFAULT_RATE_LIMIT.agency });
  });

  test("bad values are refused at start, naming the variable", () => {
    expect(() => env({ MAX_QUERY_DEPTH: "twelve" })).toThrow(/MAX_QUERY_DEPTH/);
    expect(() => env({ MAX_QUERY_COST: "0" })).toThrow(/MAX_QUERY_COST/);
    expect(() => env({ EXECUTION_TIMEOUT_MS: "-5" })).toThrow(/EXECUTION_TIMEOUT_MS/);
    expect(() => env({ INTROSPECTION: "maybe" })).toThrow(/INTROSPECTION/);
    expect(() => env({ RATE_LIMIT_USER_PER_SECOND: "30", RATE_LIMIT_USER_BURST: "10" })).toThrow(/burst/);
    expect(() => env({ QUERY_COST_DEFAULT_FIRST: "2000" })).toThrow(/QUERY_COST_DEFAULT_FIRST/);
  });

  test("introspection is off by default in production", () => {
    expect(env({ ...PRODUCTION, JWT_SECRET: "x".repeat(40) }).introspection).toBe(false);
    expect(env({ ...PRODUCTION, JWT_SECRET: "x".repeat(40), INTROSPECTION: "true" }).introspection).toBe(true);
  });
});

describe("the console's development tokens", () => {
  test("on under npm start (no NODE_ENV), off and refused in production", () => {
    expect(env({}).devTokens).toBe(true);
    expect(env({ DEV_TOKENS: "false" }).devTokens).toBe(false);
    expect(env({ JWT_JWKS_FILE: "/etc/ipr/jwks.json" }).devTokens).toBe(false); // no HS256 tokens to sign
    expect(env({ ...PRODUCTION, JWT_SECRET: "x".repeat(40) }).devTokens).toBe(false);
    expect(() => env({ ...PRODUCTION, JWT_SECRET: "x".repeat(40), DEV_TOKENS: "true" })).toThrow(/DEV_TOKENS/);
  });
});

describe("token algorithms", () => {
  test("a JWKS makes RS256 and ES256 the default; JWT_ALGORITHMS pins the list", () => {
    expect(env({ JWT_JWKS_FILE: "/etc/ipr/jwks.json" }).auth?.algorithms).toEqual(["RS256", "ES256"]);
    expect(env({ JWT_JWKS_URL: "https://idp.gov.cn/jwks.json", JWT_ALGORITHMS: "ES256" }).auth?.algorithms).toEqual(["ES256"]);
    expect(env({ JWT_JWKS_FILE: "/etc/ipr/jwks.json", JWT_ALGORITHMS: "HS256,RS256" }).auth?.algorithms).toEqual(["HS256", "RS256"]);
  });

  test("refused: none, unknown algorithms, asymmetric ones without keys, two key sources", () => {
    expect(() => env({ JWT_ALGORITHMS: "none" })).toThrow(/"none" is not one of/);
    expect(() => env({ JWT_ALGORITHMS: "HS256,XYZ" })).toThrow(/XYZ/);
    expect(() => env({ JWT_ALGORITHMS: "RS256" })).toThrow(/RS256 needs JWT_JWKS_URL or JWT_JWKS_FILE/);
    expect(() => env({ JWT_JWKS_URL: "https://idp/jwks", JWT_JWKS_FILE: "/jwks.json" })).toThrow(/not both/);
    expect(() => env({ JWT_JWKS_URL: "not a url" })).toThrow();
  });

  test("production: the development JWT secret is refused only while HS* tokens are accepted; the JWKS must be https", () => {
    expect(() => env(PRODUCTION)).toThrow(/JWT_SECRET/);
    expect(env({ ...PRODUCTION, JWT_JWKS_URL: "https://idp.gov.cn/jwks.json" }).auth?.algorithms).toEqual(["RS256", "ES256"]);
    expect(() => env({ ...PRODUCTION, JWT_JWKS_URL: "https://idp.gov.cn/jwks.json", JWT_ALGORITHMS: "HS256,RS256" })).toThrow(/JWT_SECRET/);
    expect(() => env({ ...PRODUCTION, JWT_JWKS_URL: "http://idp.gov.cn/jwks.json" })).toThrow(/https/);
  });
});

describe("programmatic configuration", () => {
  const base: GatewayConfig = {
    port: 0, host: "127.0.0.1", jwtSecret: DEV_JWT_SECRET, subgraphSecret: "s", supergraphSdl: "", subgraphUrls: {}, subgraphTimeoutMs: 1000,
  };
  test("groups left out get the same defaults as the environment's, but no rate limits", () => {
    expect(gatewaySettings(base)).toEqual({
      auth: { algorithms: ["HS256"] },
      limits: DEFAULT_LIMITS,
      introspection: true,
      persistedOperations: { roles: [] },
      rateLimit: { ...DEFAULT_RATE_LIMIT, user: null, agency: null }, // rate limiting is opted into (configFromEnv does)
    });
  });
  test("a partial group keeps the other defaults", () => {
    const settings = gatewaySettings({ ...base, limits: { maxDepth: 3 }, rateLimit: { user: { points: 3, duration: 60, burst: 3 }, agency: null } });
    expect(settings.limits).toEqual({ ...DEFAULT_LIMITS, maxDepth: 3 });
    expect(settings.rateLimit).toEqual({ ...DEFAULT_RATE_LIMIT, user: { points: 3, duration: 60, burst: 3 }, agency: null });
  });
});
