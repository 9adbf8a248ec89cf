import { startPlatform, type Platform } from "./platform";
import { runFullChain } from "./chain";

/**
 * One agency down takes only its own fields with it: the parent stays, with an error that names the
 * service and says the query may be retried (the nullability rule, infra/src/outage-nullability.ts).
 */
let p: Platform;
let chain: Awaited<ReturnType<typeof runFullChain>>;
const OFFICE = { agency: "OFFICE", region: "000000" };
const region = "440300";

beforeAll(async () => {
  p = await startPlatform();
  chain = await runFullChain(p, "SAIC_CASE", region);
  await p.subgraphs.courts.stop();
  await p.subgraphs.saic.stop();
}, 120_000);
afterAll(() => p?.stop());

const outageOf = (errors: Array<{ extensions?: Record<string, any>; path?: unknown[] }> | undefined, service: string) =>
  errors?.find((e) => e.extensions?.serviceName === service);

test("with the courts down the criminal case, its suspects and its prosecutions still answer; only courtCases is null", async () => {
  const res = await p.query(OFFICE, `query($id: ID!) { criminalCase(id: $id) { filingNumber suspects { caughtOn }
    arrestReviews { decision } prosecutions { decision courtCases { caseNumber judgment { verdict } } } } }`, { id: chain.criminalCaseId });
  const c = res.data.criminalCase;
  expect(c.filingNumber).toBeTruthy();
  expect(c.suspects).toHaveLength(2);
  expect(c.arrestReviews[0].decision).toBe("APPROVED");
  expect(c.prosecutions[0]).toEqual({ decision: "PROSECUTED", courtCases: null });
  expect(outageOf(res.errors, "courts")?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryable: true });
  expect(res.errors!.map((e) => e.extensions?.code)).not.toContain("INTERNAL_SERVER_ERROR");
});

test("with the courts down the monthly table keeps every other agency's lines", async () => {
  const period = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  const res = await p.query(OFFICE, `query($period: String!) { monthlyReport(region: "440000", period: $period, scope: ALL) {
    regionName police { casesFiled suspectsCaught } procuratorate { prosecutedCases } courts { judgments } } }`, { period });
  const table = res.data.monthlyReport;
  expect(table.regionName).toBe("广东省");
  expect(table.police).toEqual({ casesFiled: 1, suspectsCaught: 2 });
  expect(table.procuratorate.prosecutedCases).toBe(1);
  expect(table.courts).toBeNull();
  expect(outageOf(res.errors, "courts")?.path).toEqual(["monthlyReport", "courts"]);
});

test("with SAIC down a referral still answers; only its source case is null", async () => {
  const res = await p.query(OFFICE, `query($id: ID!) { referral(id: $id) { status criminalCase { filingNumber }
    source { ... on SaicCase { caseNumber } } } }`, { id: chain.referralId });
  expect(res.data.referral).toMatchObject({ status: "FILED", source: null });
  expect(res.data.referral.criminalCase.filingNumber).toBeTruthy();
  expect(outageOf(res.errors, "saic")?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
});
