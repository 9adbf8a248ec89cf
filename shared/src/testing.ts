import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { Agency } from "./agency";
import { DEV_SUBGRAPH_SECRET, encodeIdentity, signRequest, type Identity } from "./identity";
import { CASE_RECORDS, REFERABLE_CASES, dependentSubgraphsOf, type SubgraphName } from "./registry";
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from "./subgraph";

/**
 * Test helpers: a fresh database per test file on the server jest's global setup found or started
 * (the machine's PostgreSQL or an embedded one), and signed calls straight to a subgraph.
 */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("no TEST_DATABASE_URL: run tests through jest's global setup (npm test)");
  return url;
}

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = testServerUrl();
  const name = `ipr_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const identity = (agency: Agency | keyof typeof Agency, region = "000000", sub = `${agency.toLowerCase()}-tester`): Identity => ({
  sub,
  agency: agency as Agency,
  region,
  roles: [],
});

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** POSTs a GraphQL request to a subgraph the way the gateway does, signed (or not, with `sign: false`). */
export async function callSubgraph<T = any>(
  url: string,
  who: Identity,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { sign?: boolean; secret?: string } = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const body = JSON.stringify({ query, variables });
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.sign !== false) Object.assign(headers, signRequest(opts.secret ?? DEV_SUBGRAPH_SECRET, encodeIdentity(who), body));
  const res = await fetch(url, { method: "POST", headers, body });
  return { status: res.status, ...((await res.json()) as GraphQLResponse<T>) };
}

/**
 * A stand-in for the subgraphs a correction asks about dependents (`<subgraph>Dependents`), for a
 * subgraph's own tests: `put("SaicCase", id, [{ type: "Referral", id, region, relies }])`. Point
 * the subgraph's peers at `url` (e.g. `peers: { linkage: fake.url }`). End-to-end tests use the real ones.
 */
export async function startFakeDependents() {
  const dependents = new Map<string, Array<{ type: string; id: string; region: string; relies: string[] }>>();
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: { t: string; id: string } };
      const field = /\{\s*(\w+Dependents)\(/.exec(query)?.[1] ?? "dependents";
      const subgraph = field.replace(/Dependents$/, "");
      const found = (dependents.get(`${variables.t}:${variables.id}`) ?? []).map((d) => ({ ...d, subgraph }));
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: { [field]: found } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    put(typename: string, id: string, list: Array<{ type: string; id: string; region: string; relies: string[] }>) {
      dependents.set(`${typename}:${id}`, list);
    },
    clear: () => dependents.clear(),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A fake dependents server (`startFakeDependents`). */
export type FakeDependents = Awaited<ReturnType<typeof startFakeDependents>>;

/** A peer a subgraph's test stands in for: anything answering at a URL, stopped after the file's tests. */
export interface StandIn {
  url: string;
  stop(): Promise<void>;
}

/** The extensions of a response's first error (undefined when it has none). */
export const errorOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions;

/**
 * The subgraph a test file is about: started in `beforeAll` on a fresh database, stopped with its
 * stand-ins and the database dropped in `afterAll` (call it at the top of the file, before the file's
 * own hooks). The peers the registry has its records' owner ask (`dependentSubgraphsOf`: linkage and
 * the office for an admin case) are fake dependents answering nothing until a test `put`s one;
 * `peers` stands in for others (`startFakeDependents`, or the test's own server). Its `url`, `db`
 * (as a RunningSubgraph's), `running` and `peers` are there inside tests and hooks, once started.
 */
export function subgraphUnderTest<P extends Record<string, () => Promise<StandIn>> = {}>(
  def: SubgraphDefinition,
  opts: { peers?: P; clock?: () => Date } = {},
) {
  type Peers = { [K in keyof P]: Awaited<ReturnType<P[K]>> } & { [K in Exclude<SubgraphName, keyof P>]: FakeDependents };
  const registered = [...REFERABLE_CASES, ...CASE_RECORDS].filter((r) => r.subgraph === def.name).flatMap((r) => dependentSubgraphsOf(r.typename));
  const starters: Record<string, () => Promise<StandIn>> = { ...Object.fromEntries(registered.map((name) => [name, startFakeDependents])), ...opts.peers };
  const peers = {} as Peers;
  let db: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let running: RunningSubgraph | undefined;
  const started = () => {
    if (!running) throw new Error(`${def.name} is not started: use the handle inside tests and hooks`);
    return running;
  };
  beforeAll(async () => {
    db = await createTestDatabase();
    for (const [name, start] of Object.entries(starters)) (peers as Record<string, StandIn>)[name] = await start();
    const urls = Object.fromEntries(Object.entries(peers as Record<string, StandIn>).map(([name, peer]) => [name, peer.url]));
    running = await startSubgraph(def, { port: 0, databaseUrl: db.url, peers: urls, clock: opts.clock });
  });
  afterAll(async () => {
    await running?.stop();
    for (const peer of Object.values(peers as Record<string, StandIn>)) await peer.stop();
    await db?.drop();
  });
  const sql = (text: string, params: unknown[] = []): Promise<any> => started().db.orm.em.getConnection().execute(text, params);
  return {
    get url() {
      return started().url;
    },
    get db() {
      return started().db;
    },
    get running() {
      return started();
    },
    peers,
    /** A signed call straight to the subgraph (`callSubgraph`). */
    call: <T = any>(who: Identity, query: string, variables: Record<string, unknown> = {}) => callSubgraph<T>(started().url, who, query, variables),
    /** SQL on the subgraph's database, for what the API does not show. */
    sql,
    /** How many versions (corrections, withdrawal) a record of the subgraph has. */
    versions: async (id: string) => Number((await sql(`select count(*) as n from ${def.name}.record_version where record_id = ?`, [id]))[0].n),
  };
}

/** What `correctionSmoke` needs of one record type: how to make a record, and a correction that changes it. */
export interface CorrectionSmoke {
  url: string;
  typename: string;
  owner: Identity;
  /** Creates a record as `owner`, returns its id. */
  create(): Promise<string>;
  /** Fields of a valid correction (reason and id are added). */
  correction: Record<string, unknown>;
  /** The fake dependents the subgraph asks (`startFakeDependents`): given, a second record with a referral on it must not be withdrawn. */
  dependents?: Awaited<ReturnType<typeof startFakeDependents>>;
  /** The record's key when not a uuid `id` (a register's number): the lookup's String argument and the type's field, e.g. `rightNumber`. */
  key?: string;
  /** A root list holding the record (a connection; `args` as GraphQL text, e.g. `filter: { region: "440300" }`): its totalCount drops by one on withdrawal. */
  list?: { field: string; args?: string };
  /** Real dependents (end-to-end): `attach` makes a record rely on a second one; its withdrawal must then be refused naming `names` ("Type@subgraph"). */
  dependent?: { attach(id: string): Promise<void>; names: string[] };
}

/**
 * The kit's promises for one record type, straight at its subgraph (peers such as linkage stood in
 * for by `startFakeDependents`): a correction writes a version; a no-op, another agency, a missing
 * reason are refused; a withdrawal hides the record from its lookup but not from its history; a
 * withdrawn record cannot be corrected; given `dependents` (fake) or `dependent` (real), a record others rely on
 * is not withdrawn and the refusal names them; given `list`, a withdrawal leaves its count.
 * Throws on the first broken promise.
 */
export async function correctionSmoke(s: CorrectionSmoke): Promise<void> {
  const { typename, owner } = s;
  const lookupName = typename[0].toLowerCase() + typename.slice(1);
  const key = s.key ?? "id";
  const lookup = s.key ? `${lookupName}(${key}: $id) { ${key} }` : `${lookupName}(id: $id) { id }`;
  const call = (who: Identity, query: string, variables: Record<string, unknown>) => callSubgraph(s.url, who, query, variables);
  const correct = (who: Identity, input: Record<string, unknown>) =>
    call(who, `mutation($input: Correct${typename}Input!) { correct${typename}(input: $input) { ${key} history { version action at actor agency reason changes { field from to } } } }`, { input });
  const refused = async (what: string, res: GraphQLResponse, code: string, field?: string) => {
    const ext = res.errors?.[0]?.extensions;
    if (ext?.code !== code || (field && ext?.field !== field)) throw new Error(`${typename}: ${what} should be ${code} ${field ?? ""}, got ${JSON.stringify(res.errors ?? res.data)}`);
  };
  const listed = async () => {
    if (!s.list) return 0;
    const res = await call(owner, `query { ${s.list.field}${s.list.args ? `(${s.list.args})` : ""} { totalCount } }`, {});
    if (res.errors) throw new Error(`${typename}: ${s.list.field} failed: ${JSON.stringify(res.errors)}`);
    return res.data[s.list.field].totalCount as number;
  };
  const id = await s.create();
  const ok = await correct(owner, { id, reason: "更正录入错误", ...s.correction });
  const history = ok.data?.[`correct${typename}`]?.history;
  if (ok.errors || history?.length !== 1 || history[0].action !== "CORRECTED" || !history[0].changes.length)
    throw new Error(`${typename}: correction failed: ${JSON.stringify(ok.errors ?? ok.data)}`);
  // who, when, why and what: the version names the caller, its agency, the reason and each field's old and new value
  const [v] = history;
  if (v.version !== 1 || v.actor !== owner.sub || v.agency !== owner.agency || v.reason !== "更正录入错误" || Number.isNaN(Date.parse(v.at))
    || v.changes.some((c: { from: unknown; to: unknown }) => c.from === c.to))
    throw new Error(`${typename}: the version does not say who, when, why and what: ${JSON.stringify(v)}`);
  await refused("a no-op correction", await correct(owner, { id, reason: "再次更正", ...s.correction }), "BAD_USER_INPUT", "input");
  await refused("a correction without reason", await correct(owner, { id, reason: " ", ...s.correction }), "BAD_USER_INPUT", "input.reason");
  const stranger = { ...owner, agency: owner.agency === Agency.OFFICE ? Agency.SAIC : Agency.OFFICE };
  await refused("another agency's correction", await correct(stranger, { id, reason: "更正", ...s.correction }), "FORBIDDEN");
  const withdraw = (who: Identity, record = id) => call(who, `mutation($input: WithdrawRecordInput!) { withdraw${typename}(input: $input) { ${key} } }`, { input: { id: record, reason: "重复录入，撤销" } });
  await refused("another agency's withdrawal", await withdraw(stranger), "FORBIDDEN");
  const before = await listed();
  const gone = await withdraw(owner);
  if (gone.errors) throw new Error(`${typename}: withdrawal failed: ${JSON.stringify(gone.errors)}`);
  if (s.list && (await listed()) !== before - 1) throw new Error(`${typename}: a withdrawn record still counts in ${s.list.field}`);
  const read = await call(owner, `query($id: ${s.key ? "String!" : "ID!"}, $h: ID!) { ${lookup} ${lookupName}History(id: $h) { version action } }`, { id, h: id });
  if (read.data?.[lookupName] !== null) throw new Error(`${typename}: a withdrawn record still reads: ${JSON.stringify(read)}`);
  const versions = read.data?.[`${lookupName}History`]?.map((v: { action: string }) => v.action);
  if (JSON.stringify(versions) !== JSON.stringify(["CORRECTED", "WITHDRAWN"])) throw new Error(`${typename}: history is ${JSON.stringify(versions)}`);
  await refused("correcting a withdrawn record", await correct(owner, { id, reason: "更正", ...s.correction }), "BAD_USER_INPUT", "input.id");
  const referredOne = async (res: GraphQLResponse, names?: string[]) => {
    await refused("withdrawing a record others rely on", res, "BAD_USER_INPUT", "input.id");
    const ext = res.errors?.[0]?.extensions as { reason?: string; dependents?: Array<{ type: string; subgraph: string }> } | undefined;
    if (ext?.reason !== "DEPENDENT_RECORDS") throw new Error(`${typename}: a relied-on record's withdrawal should name DEPENDENT_RECORDS, got ${JSON.stringify(res.errors)}`);
    const named = [...new Set(ext.dependents?.map((d) => `${d.type}@${d.subgraph}`))].sort();
    if (names && JSON.stringify(named) !== JSON.stringify([...names].sort())) throw new Error(`${typename}: the refusal names ${named.join(", ")}, not ${names.join(", ")}`);
  };
  if (s.dependents) {
    const referred = await s.create();
    s.dependents.put(typename, referred, [{ type: "Referral", id: "0d6f1b9e-1c1e-4a57-8d0e-3f1e2d3c4b5a", region: owner.region, relies: ["region"] }]);
    await referredOne(await withdraw(owner, referred));
  }
  if (s.dependent) {
    const relied = await s.create();
    await s.dependent.attach(relied);
    await referredOne(await withdraw(owner, relied), s.dependent.names);
    const still = await call(owner, `query($id: ${s.key ? "String!" : "ID!"}) { ${lookup} }`, { id: relied });
    if (!still.data?.[lookupName]) throw new Error(`${typename}: a refused withdrawal still removed the record: ${JSON.stringify(still)}`);
  }
}
export { recordSpans, SpanKind, type ReadableSpan } from "./observability/testing";
