import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_SUBGRAPH_SECRET, MAX_PAGE, SERVICE_MAP, subgraphUrl, type MetricsSettings, type SubgraphName } from "@ipr/shared";

/** Documented development default; the gateway refuses it when NODE_ENV=production. */
export const DEV_JWT_SECRET = "dev-jwt-secret-change-me-0123456789abcdef";
export const SUPERGRAPH_PATH = join(__dirname, "..", "supergraph.graphql");
/** The default `AUDIT_SPILL_DIR`. */
export const AUDIT_SPILL_DIR = join(__dirname, "..", "..", ".data", "audit-spill");

/** JWS algorithms the gateway can be told to accept (`none` never). */
export const SYMMETRIC_ALGORITHMS = ["HS256", "HS384", "HS512"] as const;
export const ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"] as const;

/** How caller tokens are verified. */
export interface AuthSettings {
  /**
   * `JWT_ALGORITHMS` (comma-separated): the only algorithms accepted. Default `HS256` (with
   * `JWT_SECRET`); `RS256,ES256` when a JWKS is configured. HS* tokens are checked with JWT_SECRET
   * only, the others with the JWKS only, so no key can be used for the other family.
   */
  algorithms: string[];
  /** `JWT_JWKS_URL`: the identity provider's JWKS endpoint (https in production); keys are cached. */
  jwksUrl?: string;
  /** `JWT_JWKS_FILE`: a local JWKS JSON file (`{ "keys": [...] }`), read at start. */
  jwksFile?: string;
  /** `JWT_ISSUER` (comma-separated): when set, `iss` must be one of these. Default: not checked. */
  issuer?: string[];
  /** `JWT_AUDIENCE` (comma-separated): when set, `aud` must contain one of these. Default: not checked. */
  audience?: string[];
}

/** Hostile-query limits; each refusal has its own `extensions.code` (see limits/errors.ts). */
export interface LimitSettings {
  /** `MAX_QUERY_DEPTH`, default 12: field nesting (fragments do not count as levels). → QUERY_TOO_DEEP */
  maxDepth: number;
  /**
   * `MAX_INTROSPECTION_DEPTH`, default 16: nesting inside `__schema` (which MAX_QUERY_DEPTH leaves out), counted through
   * `ofType`, fragments and aliases (GraphiQL's own introspection query is 15 deep). → QUERY_TOO_DEEP
   */
  maxIntrospectionDepth: number;
  /** `MAX_ALIASES`, default 30 per operation (aliases of `__typename` are free). → TOO_MANY_ALIASES */
  maxAliases: number;
  /** `MAX_ROOT_FIELDS`, default 20 distinct top-level fields per operation. → TOO_MANY_ROOT_FIELDS */
  maxRootFields: number;
  /** `MAX_TOKENS`, default 2000 lexical tokens per document; the parser stops there. → TOO_MANY_TOKENS */
  maxTokens: number;
  /** `MAX_DIRECTIVES`, default 50 per operation. → TOO_MANY_DIRECTIVES */
  maxDirectives: number;
  /** `MAX_QUERY_COST`, default 50000 (see limits/cost.ts for the estimate). → QUERY_TOO_COSTLY */
  maxCost: number;
  /** `QUERY_COST_LIST_FACTOR`, default 3: assumed length of a plain list field (a case's referrals, suspects…). */
  costListFactor: number;
  /** `QUERY_COST_DEFAULT_FIRST`, default 20: assumed page size of a connection without `first`. */
  costDefaultFirst: number;
  /** `QUERY_COST_MAX_FIRST`, default 100: the largest page a connection serves (a `$first` variable counts as this). */
  costMaxFirst: number;
  /** `MAX_BODY_BYTES`, default 102400 (100 kB): larger JSON bodies get HTTP 413. → PAYLOAD_TOO_LARGE */
  maxBodyBytes: number;
  /** `EXECUTION_TIMEOUT_MS`, default 15000: deadline of one operation's execution. → EXECUTION_TIMEOUT (504) */
  executionTimeoutMs: number;
}

/** Persisted (trusted) operations. */
export interface PersistedOperationSettings {
  /**
   * `PERSISTED_OPERATIONS_FILE`: JSON manifest, `{ "<sha256 hex>": "<document>" }`, an array of
   * documents, or Apollo's `{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`.
   * Unset (default): any document is accepted.
   */
  file?: string;
  /**
   * `PERSISTED_OPERATIONS_ROLES` (comma-separated): the manifest binds only tokens whose `roles`
   * include one of these (e.g. `bi`). Default: empty, the manifest binds every caller.
   */
  roles: string[];
}

/** A token bucket: `points` requests per `duration` seconds, with bursts up to `burst` requests. */
export interface RateBucket {
  points: number;
  duration: number;
  burst: number;
}

export interface RateLimitSettings {
  /** Per user (`agency` + `sub`): `RATE_LIMIT_USER_PER_SECOND` default 20, `RATE_LIMIT_USER_BURST` default 60; 0 turns it off. */
  user: RateBucket | null;
  /** Per agency: `RATE_LIMIT_AGENCY_PER_SECOND` default 200, `RATE_LIMIT_AGENCY_BURST` default 600; 0 turns it off. */
  agency: RateBucket | null;
  /** `RATE_LIMIT_BURST_WINDOW_SECONDS`, default 10: the burst allowance above the rate refills over this window. */
  burstWindowSeconds: number;
  /** `REDIS_URL`: when set, replicas share the budget in Redis (falling back to local counting while it is down). */
  redisUrl?: string;
  /** `RATE_LIMIT_KEY_PREFIX`, default `ipr-gateway`: namespace of the counters in Redis. */
  keyPrefix: string;
}

/**
 * What `startGateway` needs. The groups after `subgraphTimeoutMs` are optional: `gatewaySettings`
 * fills in the defaults below, except that without a `rateLimit` group there is no rate limiting
 * (configFromEnv always gives one, so a gateway started from the environment is limited by default).
 */
export interface GatewayConfig {
  port: number;
  host: string;
  jwtSecret: string;
  subgraphSecret: string;
  supergraphSdl: string;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  subgraphTimeoutMs: number;
  auth?: Partial<AuthSettings>;
  limits?: Partial<LimitSettings>;
  /** `INTROSPECTION`: `__schema` / `__type` for authenticated callers. Default true, false when NODE_ENV=production. */
  introspection?: boolean;
  persistedOperations?: Partial<PersistedOperationSettings>;
  rateLimit?: Partial<RateLimitSettings>;
  /** `AUDIT`: send every operation to the office's audit trail. Default true (`AUDIT=false` only for tests and local tinkering). */
  audit?: boolean;
  /**
   * `AUDIT_SPILL_DIR`, default `.data/audit-spill` at the repository root: where audit entries wait
   * while the office is unreachable, replayed in order when it is back and at the next start. One
   * gateway per directory. Unset here (a gateway built in code): a temporary directory, not kept.
   */
  auditSpillDir?: string;
  /**
   * `DEV_TOKENS`: the console's "development token" helper (`POST /console/dev-token`, signed with
   * JWT_SECRET). Default on outside production when HS256 tokens are accepted; refused with
   * NODE_ENV=production. Unset here (a gateway built in code): off.
   */
  devTokens?: boolean;
  /** `METRICS_PORT`, `METRICS_HOST`, `METRICS_TOKEN` (set by the gateway's main): the internal metrics port. Unset here: none. */
  metrics?: MetricsSettings;
}

/** Every setting with its default filled in. */
export interface GatewaySettings {
  auth: AuthSettings;
  limits: LimitSettings;
  introspection: boolean;
  persistedOperations: PersistedOperationSettings;
  rateLimit: RateLimitSettings;
}

export const DEFAULT_LIMITS: Readonly<LimitSettings> = Object.freeze({
  maxDepth: 12,
  maxIntrospectionDepth: 16,
  maxAliases: 30,
  maxRootFields: 20,
  maxTokens: 2000,
  maxDirectives: 50,
  maxCost: 50_000,
  costListFactor: 3,
  costDefaultFirst: 20,
  costMaxFirst: MAX_PAGE, // the subgraphs' largest page
  maxBodyBytes: 100 * 1024,
  executionTimeoutMs: 15_000,
});

export const DEFAULT_RATE_LIMIT: Readonly<RateLimitSettings> = Object.freeze({
  user: { points: 20, duration: 1, burst: 60 },
  agency: { points: 200, duration: 1, burst: 600 },
  burstWindowSeconds: 10,
  keyPrefix: "ipr-gateway",
});

const isSymmetric = (alg: string) => (SYMMETRIC_ALGORITHMS as readonly string[]).includes(alg);
const defaultAlgorithms = (auth: Partial<AuthSettings>) => (auth.jwksUrl || auth.jwksFile ? ["RS256", "ES256"] : ["HS256"]);

/** Fills in the defaults of a (possibly partial) configuration and checks it. */
export function gatewaySettings(config: GatewayConfig): GatewaySettings {
  const auth: AuthSettings = { ...config.auth, algorithms: config.auth?.algorithms ?? defaultAlgorithms(config.auth ?? {}) };
  const limits: LimitSettings = { ...DEFAULT_LIMITS, ...definedOnly(config.limits) };
  // configFromEnv always gives rateLimit (on by default); a programmatic config without it (the
  // test platform, which drives bursts through one token per agency) runs without rate limits
  const rateLimit: RateLimitSettings = config.rateLimit
    ? { ...DEFAULT_RATE_LIMIT, ...definedOnly(config.rateLimit) }
    : { ...DEFAULT_RATE_LIMIT, user: null, agency: null };
  const persistedOperations: PersistedOperationSettings = { roles: [], ...definedOnly(config.persistedOperations) };
  const settings = { auth, limits, introspection: config.introspection ?? true, persistedOperations, rateLimit };
  checkSettings(settings);
  return settings;
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function checkSettings({ auth, limits, rateLimit }: GatewaySettings) {
  if (!auth.algorithms.length) throw new Error("JWT_ALGORITHMS: give at least one algorithm");
  for (const alg of auth.algorithms) {
    if (!isSymmetric(alg) && !(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg))
      throw new Error(`JWT_ALGORITHMS: ${JSON.stringify(alg)} is not one of ${[...SYMMETRIC_ALGORITHMS, ...ASYMMETRIC_ALGORITHMS].join(", ")}`);
    if (!isSymmetric(alg) && !auth.jwksUrl && !auth.jwksFile) throw new Error(`JWT_ALGORITHMS: ${alg} needs JWT_JWKS_URL or JWT_JWKS_FILE`);
  }
  if (auth.jwksUrl && auth.jwksFile) throw new Error("set one of JWT_JWKS_URL and JWT_JWKS_FILE, not both");
  if (auth.jwksUrl) new URL(auth.jwksUrl); // throws on a malformed URL
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`gateway limit ${name} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  if (limits.costDefaultFirst > limits.costMaxFirst) throw new Error("QUERY_COST_DEFAULT_FIRST must not exceed QUERY_COST_MAX_FIRST");
  for (const [name, bucket] of [["user", rateLimit.user], ["agency", rateLimit.agency]] as const) {
    if (!bucket) continue;
    for (const [key, value] of Object.entries(bucket))
      if (!Number.isInteger(value) || value < 1) throw new Error(`rate limit ${name}.${key} must be a positive integer, got ${JSON.stringify(value)}`);
    if (bucket.burst < bucket.points) throw new Error(`rate limit ${name}: the burst (${bucket.burst}) is below the rate (${bucket.points})`);
  }
  if (!Number.isInteger(rateLimit.burstWindowSeconds) || rateLimit.burstWindowSeconds < 1)
    throw new Error("RATE_LIMIT_BURST_WINDOW_SECONDS must be a positive integer");
}

/** A positive integer from the environment, or the default when unset or empty. */
function int(env: NodeJS.ProcessEnv, name: string, fallback: number, { allowZero = false } = {}): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || (!allowZero && Number(raw) === 0)) throw new Error(`${name} must be a ${allowZero ? "non-negative" : "positive"} integer, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (["true", "1", "yes", "on"].includes(raw)) return true;
  if (["false", "0", "no", "off"].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got ${JSON.stringify(env[name])}`);
}

function list(env: NodeJS.ProcessEnv, name: string): string[] | undefined {
  const items = env[name]?.split(",").map((s) => s.trim()).filter(Boolean);
  return items?.length ? items : undefined;
}

function bucket(env: NodeJS.ProcessEnv, who: "USER" | "AGENCY", fallback: RateBucket): RateBucket | null {
  const points = int(env, `RATE_LIMIT_${who}_PER_SECOND`, fallback.points, { allowZero: true });
  if (points === 0) return null;
  // without a burst given, three seconds' worth (the defaults' ratio)
  const burst = int(env, `RATE_LIMIT_${who}_BURST`, points === fallback.points ? fallback.burst : points * 3);
  return { points, duration: 1, burst };
}

/** The gateway's whole configuration from the environment; every variable and its default is documented on GatewayConfig. */
export function configFromEnv(env = process.env): GatewayConfig {
  const production = env.NODE_ENV === "production";
  const jwtSecret = env.JWT_SECRET ?? DEV_JWT_SECRET;
  const subgraphSecret = env.SUBGRAPH_SECRET ?? DEV_SUBGRAPH_SECRET;

  const jwks = { jwksUrl: env.JWT_JWKS_URL?.trim() || undefined, jwksFile: env.JWT_JWKS_FILE?.trim() || undefined };
  const auth: AuthSettings = {
    ...jwks,
    algorithms: list(env, "JWT_ALGORITHMS") ?? defaultAlgorithms(jwks),
    issuer: list(env, "JWT_ISSUER"),
    audience: list(env, "JWT_AUDIENCE"),
  };
  const acceptsHmac = auth.algorithms.some(isSymmetric);
  if (production && subgraphSecret === DEV_SUBGRAPH_SECRET)
    throw new Error("NODE_ENV=production: set JWT_SECRET and SUBGRAPH_SECRET; the development defaults are public");
  if (production && acceptsHmac && jwtSecret === DEV_JWT_SECRET)
    throw new Error("NODE_ENV=production: set JWT_SECRET and SUBGRAPH_SECRET; the development defaults are public");
  if (Buffer.byteLength(jwtSecret) < 32) throw new Error("JWT_SECRET must be at least 32 bytes for HS256");
  if (production && auth.jwksUrl && !auth.jwksUrl.startsWith("https:")) throw new Error("NODE_ENV=production: JWT_JWKS_URL must be https");
  const devTokens = bool(env, "DEV_TOKENS", !production && acceptsHmac);
  if (production && devTokens) throw new Error("NODE_ENV=production: DEV_TOKENS must be off (anyone could sign in as anyone)");

  const config: GatewayConfig = {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? "127.0.0.1",
    jwtSecret,
    subgraphSecret,
    supergraphSdl: readFileSync(env.SUPERGRAPH_PATH ?? SUPERGRAPH_PATH, "utf8"),
    subgraphUrls: Object.fromEntries((Object.keys(SERVICE_MAP) as SubgraphName[]).map((name) => [name, subgraphUrl(name, env)])),
    subgraphTimeoutMs: Number(env.SUBGRAPH_TIMEOUT_MS ?? 10_000),
    auth,
    limits: {
      maxDepth: int(env, "MAX_QUERY_DEPTH", DEFAULT_LIMITS.maxDepth),
      maxIntrospectionDepth: int(env, "MAX_INTROSPECTION_DEPTH", DEFAULT_LIMITS.maxIntrospectionDepth),
      maxAliases: int(env, "MAX_ALIASES", DEFAULT_LIMITS.maxAliases),
      maxRootFields: int(env, "MAX_ROOT_FIELDS", DEFAULT_LIMITS.maxRootFields),
      maxTokens: int(env, "MAX_TOKENS", DEFAULT_LIMITS.maxTokens),
      maxDirectives: int(env, "MAX_DIRECTIVES", DEFAULT_LIMITS.maxDirectives),
      maxCost: int(env, "MAX_QUERY_COST", DEFAULT_LIMITS.maxCost),
      costListFactor: int(env, "QUERY_COST_LIST_FACTOR", DEFAULT_LIMITS.costListFactor),
      costDefaultFirst: int(env, "QUERY_COST_DEFAULT_FIRST", DEFAULT_LIMITS.costDefaultFirst),
      costMaxFirst: int(env, "QUERY_COST_MAX_FIRST", DEFAULT_LIMITS.costMaxFirst),
      maxBodyBytes: int(env, "MAX_BODY_BYTES", DEFAULT_LIMITS.maxBodyBytes),
      executionTimeoutMs: int(env, "EXECUTION_TIMEOUT_MS", DEFAULT_LIMITS.executionTimeoutMs),
    },
    introspection: bool(env, "INTROSPECTION", !production),
    audit: bool(env, "AUDIT", true),
    auditSpillDir: env.AUDIT_SPILL_DIR?.trim() || AUDIT_SPILL_DIR,
    devTokens,
    persistedOperations: { file: env.PERSISTED_OPERATIONS_FILE?.trim() || undefined, roles: list(env, "PERSISTED_OPERATIONS_ROLES") ?? [] },
    rateLimit: {
      user: bucket(env, "USER", DEFAULT_RATE_LIMIT.user!),
      agency: bucket(env, "AGENCY", DEFAULT_RATE_LIMIT.agency!),
      burstWindowSeconds: int(env, "RATE_LIMIT_BURST_WINDOW_SECONDS", DEFAULT_RATE_LIMIT.burstWindowSeconds),
      redisUrl: env.REDIS_URL?.trim() || undefined,
      keyPrefix: env.RATE_LIMIT_KEY_PREFIX?.trim() || DEFAULT_RATE_LIMIT.keyPrefix,
    },
  };
  gatewaySettings(config); // refuse a bad combination at start, not at the first request
  return config;
}
