import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import type { Request } from "express";
import { SUPERGRAPH_PATH } from "../config";
import { derivedDataset, feedDatasets } from "./derived";
import { adminCases } from "./datasets/admin-cases";
import { suspects } from "./datasets/suspects";
import { referrals } from "./datasets/referrals";
import { physical } from "./parquet";
import { feedParams } from "./params";
import { nodeSelection, rowsOf } from "./selection";
import { DATASETS } from "./datasets";
import { MANIFESTS, REFERABLE_CASES } from "@ipr/shared";

describe("datasets are the manifests'", () => {
  test("admin-cases reads every admin case type the registry knows, each by its own date field", () => {
    expect(adminCases.sources.map((s) => s.constants?.sourceType).sort()).toEqual(REFERABLE_CASES.map((c) => c.caseType).sort());
    const customs = adminCases.sources.find((s) => s.constants?.sourceType === "CUSTOMS_SEIZURE")!;
    expect(nodeSelection(adminCases, customs)).toBe("id caseNumber region seizedOn amountInvolved foreignInvested rightHolderCreditCode campaign exceedsCriminalThreshold referrals { status }");
  });

  test("every list feed is declared by a manifest, with its list field", () => {
    const declared = MANIFESTS.flatMap((m) => m.datasets ?? []);
    for (const d of DATASETS) if (d.kind === "list") for (const s of d.sources) expect(declared).toContainEqual(expect.objectContaining({ name: d.name, list: s.list }));
  });
});

describe("rows of a node", () => {
  test("a list on a path gives its latest element; constants come from the source", () => {
    const saic = adminCases.sources.find((s) => s.constants?.sourceType === "SAIC_CASE")!;
    const [row] = rowsOf(adminCases, saic, { id: "c1", caseNumber: "N", region: "440300", openedOn: "2017-10-01", amountInvolved: "12.50", foreignInvested: true,
      rightHolderCreditCode: "X", campaign: null, exceedsCriminalThreshold: null, referrals: [{ status: "DECLINED" }, { status: "SENT" }] });
    expect(row).toEqual(["SAIC_CASE", "c1", "N", "440300", "2017-10-01", "12.50", true, "X", null, null, "SENT"]);
  });

  test("suspects: one row per suspect, none for a case without", () => {
    const source = suspects.sources[0];
    const node = { id: "k", filingNumber: "F", region: "440300", filedOn: "2017-10-02", updatedAt: "2017-10-02T01:00:00.000Z", suspects: [{ id: "a", name: "张*" }, { id: "b", name: "李*" }] };
    expect(rowsOf(suspects, source, node).map((r) => [r[0], r[1], r[5]])).toEqual([["a", "k", "张*"], ["b", "k", "李*"]]);
    expect(rowsOf(suspects, source, { ...node, suspects: [] })).toEqual([]);
    expect(nodeSelection(suspects, source)).toContain("suspects { id name idNumber nationality caughtOn }");
  });

  test("a union member's key is selected with fragments", () => {
    expect(nodeSelection(referrals, referrals.sources[0])).toContain("source { ... on SaicCase { id }");
  });
});

describe("Parquet values", () => {
  test("decimals go by their digits to the unscaled integer, never through a float", () => {
    expect(physical("decimal", "0.1")).toBe(10n);
    expect(physical("decimal", "-0.05")).toBe(-5n);
    expect(physical("decimal", "12")).toBe(1200n);
    expect(physical("decimal", "9999999999999999.99")).toBe(999999999999999999n);
    expect(() => physical("decimal", "1e3")).toThrow();
  });

  test("dates are days since 1970, times UTC microseconds", () => {
    expect(physical("date", "1970-01-02")).toBe(1);
    expect(physical("timestamp", "2017-10-01T00:00:00.001Z")).toBe(1506816000001000n);
    expect(physical("string", null)).toBeNull();
  });
});

describe("parameters", () => {
  const req = (query: Record<string, unknown>) => ({ query }) as unknown as Request;
  const list = DATASETS.find((d) => d.name === "criminal-cases")!;
  const monthly = DATASETS.find((d) => d.name === "monthly")!;

  test("monthly defaults to 2017-01 up to the current month in China", () => {
    expect(feedParams(req({}), monthly, new Date("2018-03-31T17:00:00Z"))).toMatchObject({ from: "2017-01", to: "2018-04", scope: "FOREIGN_INVESTED" });
  });

  test.each([
    [{ updatedSince: "2017-10-01" }, "updatedSince"],
    [{ from: "2017-02-30x" }, "from"],
    [{ to: "2017-02-30" }, "to"],
    [{ region: ["440000", "310000"] }, "region"],
    [{ scope: "ALL" }, "scope"],
  ])("%j is refused naming %s", (query, field) => {
    expect(() => feedParams(req(query), list)).toThrow(expect.objectContaining({ status: 400, errors: [expect.objectContaining({ extensions: expect.objectContaining({ field }) })] }));
  });
});

describe("datasets a manifest declares without a file", () => {
  const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"), { assumeValidSDL: true });

  test("are derived from the list's node: its scalar and enum fields as typed snake_case columns, no personal data", () => {
    const outreach = derivedDataset({ name: "outreach-events", list: "outreachEvents", description: "d" }, schema);
    expect(outreach.sources).toEqual([{ list: "outreachEvents", filter: "OutreachEventFilter" }]);
    const columns = Object.fromEntries(outreach.columns.map((c) => [c.name, c.type]));
    expect(columns).toMatchObject({ id: "string", region: "string" });
    expect(outreach.columns.every((c) => /^[a-z][a-z0-9_]*$/.test(c.name))).toBe(true);
    // the filter has no updatedSince: refused, not ignored, and so nothing to withdraw incrementally
    expect(outreach.unsupported).toContain("updatedSince");
    expect(outreach.withdrawable).toBe(false);
    const complaints = derivedDataset({ name: "c", list: "complaints", description: "d" }, schema);
    expect(complaints.columns.map((c) => c.path)).not.toEqual(expect.arrayContaining(["contactName"]));
    expect(complaints.columns.find((c) => c.path === "decisionDueAt")?.type).toBe("timestamp");
    expect(complaints.withdrawable).toBe(true);
  });

  test("every dataset of every manifest is served, a file's taking precedence, withdrawals last", () => {
    const all = feedDatasets(DATASETS, schema);
    const declared = MANIFESTS.flatMap((m) => m.datasets ?? []).map((d) => d.name);
    expect(all.map((d) => d.name)).toEqual(expect.arrayContaining(declared));
    expect(all.find((d) => d.name === "complaints")).toBe(DATASETS.find((d) => d.name === "complaints"));
    expect(all.at(-1)?.kind).toBe("withdrawals");
  });

  test("a list that is no Relay list of records is refused when the gateway starts", () => {
    expect(() => derivedDataset({ name: "x", list: "monthlyReports", description: "d" }, schema)).toThrow(/no Relay list/);
  });
});
