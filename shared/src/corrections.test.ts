import { DecimalType } from "@mikro-orm/core";
import { changesOf, dependentRecords, regionOf } from "./corrections";
import { measureWhere } from "./monthly-report";
import { liveFilter, Withdrawable, withdrawableColumnsSql } from "./withdrawable";
import { Agency } from "./agency";
import { dependentSubgraphsOf } from "./registry";

const meta = {
  properties: { amountInvolved: { customType: new DecimalType("string") }, caseNumber: {}, openedOn: {}, withdrawnAt: {}, recordation: {} },
} as never;

describe("what a correction changes", () => {
  test("decimals compare by value, text exactly, and ids and unknown keys are left out", () => {
    const row = { id: "a", amountInvolved: "80000.00", caseNumber: "0012", openedOn: "2017-10-09" };
    expect(changesOf(meta, row, { id: "b", amountInvolved: "80000", caseNumber: "12", openedOn: "2017-10-09", notAColumn: 1 })).toEqual({
      caseNumber: { from: "0012", to: "12" },
    });
    expect(changesOf(meta, row, { amountInvolved: "80000.5" })).toEqual({ amountInvolved: { from: "80000.00", to: "80000.50" } });
  });

  test("instants as ISO text; null and absent alike", () => {
    const at = new Date("2017-10-09T01:02:03Z");
    expect(changesOf(meta, { withdrawnAt: null }, { withdrawnAt: at })).toEqual({ withdrawnAt: { from: null, to: "2017-10-09T01:02:03.000Z" } });
    expect(changesOf(meta, { openedOn: undefined }, { openedOn: null })).toEqual({});
  });
});

describe("withdrawn rows", () => {
  class Kept {}
  class Gone extends Withdrawable {}
  test("the live filter covers exactly the withdrawable entities", () => {
    expect(liveFilter([Kept as never])).toEqual({});
    expect(liveFilter([Kept as never, Gone as never])).toEqual({ live: { cond: { withdrawnAt: null }, default: true, entity: ["Gone"] } });
  });

  test("a monthly measure leaves out withdrawn rows of every alias it names", () => {
    const base = { from: "x.c t join x.p c on c.id = t.p_id", region: "t.region", date: "t.d", foreign: "t.f", value: "count(*)" };
    expect(measureWhere(base)).toBe("");
    expect(measureWhere({ ...base, where: "t.k = 'A'", withdrawable: ["t", "c"] })).toBe("t.k = 'A' and t.withdrawn_at is null and c.withdrawn_at is null");
  });

  test("the migration adds the three columns", () => {
    expect(withdrawableColumnsSql("saic", "saic_case")).toBe(
      `alter table "saic"."saic_case" add column "withdrawn_at" timestamptz null, add column "withdrawn_by" text null, add column "withdrawal_reason" text null;`,
    );
  });
});

test("a refusal for dependents names the field, the reason and each dependent", () => {
  const e = dependentRecords("input.amountInvolved", "amountInvolved cannot be corrected", [
    { type: "Referral", id: "r1", subgraph: "linkage", region: "440300", relies: ["amountInvolved"] },
  ]);
  expect(e.message).toBe("input.amountInvolved: amountInvolved cannot be corrected: Referral r1 (linkage) depends on it");
  expect(e.extensions).toEqual({
    code: "BAD_USER_INPUT", field: "input.amountInvolved", reason: "DEPENDENT_RECORDS", dependents: [{ type: "Referral", id: "r1", subgraph: "linkage" }],
  });
});

test("a record's region: its own column unless the type says otherwise", () => {
  const spec = { typename: "X", entity: Object, owner: Agency.SAIC, input: Object, check: () => ({}) } as never;
  expect(regionOf(spec, { id: "a", region: "440300" } as never)).toBe("440300");
  expect(regionOf({ ...(spec as object), region: () => null } as never, { id: "a", region: "440300" } as never)).toBeNull();
});

describe("the peers the registry names for a record's kind", () => {
  test("an admin case asks linkage (referrals) and the office (reports, typical cases); another case record the office; other records none", () => {
    expect(dependentSubgraphsOf("SaicCase")).toEqual(["linkage", "office"]);
    expect(dependentSubgraphsOf("CustomsSeizure")).toEqual(["linkage", "office"]);
    expect(dependentSubgraphsOf("CriminalCase")).toEqual(["office"]);
    expect(dependentSubgraphsOf("Prosecution")).toEqual(["office"]);
    expect(dependentSubgraphsOf("Judgment")).toEqual([]);
    expect(dependentSubgraphsOf("Trademark")).toEqual([]);
  });
});
