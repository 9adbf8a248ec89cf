import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import { parse, validate, type GraphQLSchema } from "graphql";
import { DEFAULT_LIMITS, SUPERGRAPH_PATH } from "../config";
import { MANY_REPORTS, ONE_REPORT } from "../exports/model";
import { documentCost, type CostOptions } from "./cost";
import { graphqlLimits } from "./validation";

// The cost estimate and the other validation limits on the real API schema (the committed supergraph).

let schema: GraphQLSchema;
let gateway: ApolloGateway;
beforeAll(async () => {
  gateway = new ApolloGateway({ supergraphSdl: readFileSync(SUPERGRAPH_PATH, "utf8") });
  schema = (await gateway.load()).schema;
});
afterAll(() => gateway?.stop());

const options: CostOptions = { listFactor: DEFAULT_LIMITS.costListFactor, defaultFirst: DEFAULT_LIMITS.costDefaultFirst, maxFirst: DEFAULT_LIMITS.costMaxFirst };
const cost = (query: string, opts = options) => Object.values(documentCost(schema, query, opts))[0];

/** test/src/chains.test.ts: from the admin case to the judgment. */
const CHAIN = `referrals { status criminalCase { filingNumber
  arrestReviews { decision persons { name } }
  prosecutions { decision courtCases { caseNumber judgment { verdict fine sentences { prisonMonths person { name } } } } } } }`;
const CHAIN_LIST = `query($region: String!) { saicCases(first: 50, filter: { region: $region }) { edges { node {
  caseNumber exceedsCriminalThreshold rightHolder { name } ${CHAIN} } } } }`;
/** test/src/monthly-report.test.ts: the 512-table query */
const TABLE = `region period scope regionName dueOn status
  tradeSecretCases { cases amountInvolved } trademarkCases { cases amountInvolved } patentCases { cases amountInvolved }
  copyrightCases { cases amountInvolved } plantVarietyCases { cases amountInvolved }
  police { casesFiled suspectsCaught amountInvolved }
  procuratorate { arrestApprovedCases arrestApprovedPersons prosecutedCases prosecutedPersons }
  customs { seizures goodsValue amountInvolved } postal { interceptions amountInvolved } courts { casesFiled judgments defendantsSentenced }`;
const TRACE = `{ saicCases { edges { node { referrals { criminalCase { prosecutions { courtCases { judgment { sentences { person { name } } } } } } } } } } }`;
/** The cost bomb: 100 cases, each back and forth between criminal cases and their suspects. */
const BOMB = `{ saicCases(first: 100) { edges { node { referrals { criminalCase { suspects {
  criminalCase { suspects { criminalCase { suspects { id name idNumber nationality caughtOn sentences { prisonMonths } } } } } } } } } } } }`;

describe("estimated cost", () => {
  test("each field counts once per item; connections multiply by first, plain lists by the list factor", () => {
    expect(cost(`{ saicCases(first: 10) { totalCount } }`)).toBe(1 + 10 * 1);
    expect(cost(`{ saicCases { totalCount } }`)).toBe(1 + 20); // no first: the default page
    expect(cost(`{ saicCases(first: 5000) { totalCount } }`)).toBe(1 + DEFAULT_LIMITS.costMaxFirst); // clamped to the largest page
    expect(cost(`query($n: Int) { saicCases(first: $n) { totalCount } }`)).toBe(1 + DEFAULT_LIMITS.costMaxFirst); // unknown: the largest
    expect(cost(`query($n: Int = 7) { saicCases(first: $n) { totalCount } }`)).toBe(1 + 7);
    // edges and node inside the connection do not multiply again; referrals (a plain list) by 3
    expect(cost(`{ saicCases(first: 10) { edges { node { id referrals { id } } } } }`)).toBe(1 + 10 * (1 + 1 + 1 + 1 + 3 * 1));
    expect(cost(`{ saicCases(first: 100) { edges { node { referrals { criminalCase { suspects { name } } } } } } }`)).toBe(1801);
  });

  test("fragments cost the same as the fields they stand for; introspection is costed, __typename is free", () => {
    const inline = cost(`{ saicCases(first: 10) { edges { node { id referrals { id status } } } } }`);
    const spread = cost(`{ saicCases(first: 10) { edges { node { ...C } } } } fragment C on SaicCase { id referrals { ...R } } fragment R on Referral { id status }`);
    expect(spread).toBe(inline);
    expect(cost(`{ __typename }`)).toBe(0);
    // __schema 1 + types 1 + 3 × (name 1 + fields 1 + 3 × (name 1 + args 1 + 3 × name 1)) = 53
    expect(cost(`{ __schema { types { name fields { name args { name } } } } __typename }`)).toBe(53);
  });

  test("fragment fan-out is costed once per fragment, not once per path", () => {
    // 2^40 paths through the fragments; the estimate is linear in the document and huge
    const levels = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { a${i}: saicCases(first: 2) { totalCount } ...F${i + 1} ...F${i + 1} }`);
    levels.push(`fragment F40 on Query { __typename }`);
    const started = Date.now();
    const query = parse(`{ ...F0 } ${levels.join("\n")}`);
    expect(query.definitions.length).toBe(42);
    const rule = graphqlLimits(DEFAULT_LIMITS, true).validationRules;
    validate(schema, query, rule);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test("the platform's own heavy queries stay under the default maximum; the bomb does not", () => {
    const max = DEFAULT_LIMITS.maxCost;
    const costs = {
      chainList: cost(CHAIN_LIST),
      trace: cost(`query($id: ID!) { saicCase(id: $id) { id exceedsCriminalThreshold ${CHAIN} } }`),
      traceConnection: cost(TRACE),
      monthlyReports: cost(`{ monthlyReports(from: "2017-09", to: "2018-12") { ${TABLE} } }`),
      exportOne: cost(ONE_REPORT),
      exportMany: cost(MANY_REPORTS),
      bomb: cost(BOMB),
    };
    if (process.env.SHOW_COSTS) console.log(costs);
    const { bomb, ...platform } = costs;
    expect(Object.entries(platform).filter(([, c]) => c > max)).toEqual([]);
    expect(platform.chainList).toBe(23_151); // the heaviest: 50 cases, each traced to its judgments
    expect(bomb).toBeGreaterThan(max);
  });
});

describe("validation limits on the API schema", () => {
  const codes = (query: string, limits = DEFAULT_LIMITS, introspection = true) =>
    validate(schema, parse(query), graphqlLimits(limits, introspection).validationRules).map((e) => e.extensions.code);

  test("the default limits pass the chain trace, the chain list and the 512-table query", () => {
    expect(codes(TRACE)).toEqual([]);
    expect(codes(CHAIN_LIST)).toEqual([]);
    expect(codes(`{ monthlyReports(from: "2017-09", to: "2018-12") { ${TABLE} } }`)).toEqual([]);
  });

  test("each limit refuses with its own code", () => {
    const deep = `{ saicCases { edges { node { referrals { criminalCase { suspects { criminalCase { suspects { criminalCase { suspects { criminalCase { suspects { id } } } } } } } } } } } } }`;
    expect(codes(deep)).toEqual(["QUERY_TOO_DEEP"]);
    const aliases = `{ saicCases(first: 1) { edges { node { ${Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(" ")} } } } }`;
    expect(codes(aliases)).toEqual(["TOO_MANY_ALIASES"]);
    const roots = `{ ${Array.from({ length: 21 }, (_, i) => `r${i}: saicCases(first: 1) { totalCount }`).join(" ")} }`;
    expect(codes(roots)).toEqual(["TOO_MANY_ROOT_FIELDS"]);
    expect(codes(BOMB)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(codes(`{ __schema { queryType { name } } }`, DEFAULT_LIMITS, false)).toEqual(["INTROSPECTION_DISABLED"]);
    expect(codes(`{ __type(name: "Query") { name } }`, DEFAULT_LIMITS, false)).toEqual(["INTROSPECTION_DISABLED"]);
    expect(codes(`{ __typename }`, DEFAULT_LIMITS, false)).toEqual([]);
    const directives = `{ saicCases(first: 1) { totalCount ${"@include(if: true) ".repeat(51)} } }`;
    expect(codes(directives)).toEqual(["TOO_MANY_DIRECTIVES"]);
  });

  test("root fields count distinct response keys, through fragments", () => {
    const limits = { ...DEFAULT_LIMITS, maxRootFields: 2 };
    expect(codes(`{ saicCases(first: 1) { totalCount } saicCases(first: 1) { totalCount } __typename }`, limits)).toEqual([]);
    expect(codes(`{ a: saicCases(first: 1) { totalCount } ...F } fragment F on Query { b: saicCases(first: 1) { totalCount } c: patentCases(first: 1) { totalCount } }`, limits)).toEqual(["TOO_MANY_ROOT_FIELDS"]);
  });
});
