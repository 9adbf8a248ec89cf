import { createTestDatabase } from "@ipr/shared/testing";
import { loadDemo } from "@ipr/infra";
import { startPlatform, token, type Platform } from "./platform";
import { pdfText } from "@ipr/gateway/testing";

/** The demo set's deliverables (plans, narratives, special work reports): some on time, some late, some missing, and exportable. */
let p: Platform;
let drop: () => Promise<void>;
const NATIONAL = { agency: "OFFICE", region: "000000" };

beforeAll(async () => {
  const scratch = await createTestDatabase();
  drop = scratch.drop;
  await loadDemo({ scale: 1, url: () => scratch.url });
  p = await startPlatform(undefined, { databaseUrl: scratch.url, subgraphTimeoutMs: 60_000 });
}, 180_000);
afterAll(async () => {
  await p?.stop();
  await drop?.();
});

test("every deliverable has units on time, late and missing", async () => {
  const res = await p.query(NATIONAL, `{ implementationPlans { status } specialWorkReports { status } workProgressReports(period: "2017-10") { status } }`);
  expect(res.errors).toBeUndefined();
  for (const list of [res.data.implementationPlans, res.data.specialWorkReports, res.data.workProgressReports]) {
    expect(list).toHaveLength(32);
    const statuses = new Set(list.map((r: { status: string }) => r.status));
    expect(statuses).toContain("SUBMITTED");
    expect([...statuses].some((s) => s === "LATE" || s === "OVERDUE")).toBe(true);
  }
  const late = await p.query(NATIONAL, `{ deliverablesLateOrMissing { deliverable status } }`);
  expect(new Set(late.data.deliverablesLateOrMissing.map((r: { deliverable: string }) => r.deliverable))).toEqual(new Set(["IMPLEMENTATION_PLAN", "WORK_PROGRESS", "SPECIAL_WORK_REPORT"]));
}, 60_000);

test("a seeded special work report prints as a Chinese PDF with its frozen months", async () => {
  const res = await p.query(NATIONAL, `{ specialWorkReports { region regionName current { months { period } } } }`);
  const report = res.data.specialWorkReports.find((r: { current: unknown }) => r.current);
  expect(report.current.months.map((m: { period: string }) => m.period)).toEqual(["2017-09", "2017-10", "2017-11", "2017-12"]);
  const pdf = await fetch(`${p.gateway.url.replace(/\/graphql$/, "")}/reports/special-work-report.pdf?region=${report.region}`, {
    headers: { authorization: `Bearer ${await token("OFFICE", "000000")}` },
  });
  expect(pdf.status).toBe(200);
  const text = await pdfText(Buffer.from(await pdf.arrayBuffer()));
  expect(text).toContain(report.regionName);
  expect(text).toContain("二、案件查处情况");
}, 60_000);
