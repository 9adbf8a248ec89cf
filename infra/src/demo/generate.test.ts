import { REPORTING_UNITS, isRegion } from "@ipr/shared";
import { ReferralStatus } from "@ipr/linkage";
import { ArrestDecision, FilingSupervisionStatus, ProsecutionDecision } from "@ipr/procuratorate";
import { Verdict } from "@ipr/courts";
import { adminCases, generateDemo } from "./generate";
import { demo, recs, Violations, day } from "./demo.testing";

describe("the demo data generator", () => {
  const data = demo(1);
  const admin = recs(adminCases(data));

  test("the same seed gives byte-identical data, another seed other data", () => {
    expect(JSON.stringify(generateDemo({ scale: 1, seed: 2017 }))).toBe(JSON.stringify(data));
    expect(JSON.stringify(generateDemo({ scale: 1, seed: 2018 }))).not.toBe(JSON.stringify(data));
    expect(JSON.stringify(generateDemo({ scale: 0.3, seed: 7 }))).toBe(JSON.stringify(generateDemo({ scale: 0.3, seed: 7 })));
  });

  test("scale 1 is the demo set: 1,000-1,500 admin cases of all six kinds, SAIC > IPO > PRESS > CUSTOMS > POSTAL > AGRICULTURE", () => {
    expect(admin.length).toBeGreaterThanOrEqual(1000);
    expect(admin.length).toBeLessThanOrEqual(1500);
    const sizes = [data.saic.cases, data.ipo.cases, data.press.cases, data.customs.seizures, data.postal.interceptions, data.agriculture.cases].map((c) => c.length);
    sizes.forEach((n, i) => i > 0 && expect(n).toBeLessThan(sizes[i - 1]));
    const trademark = recs(data.saic.cases).filter((c) => c.category === "TRADEMARK").length / data.saic.cases.length;
    expect(trademark).toBeGreaterThan(0.65);
    expect(trademark).toBeLessThan(0.85);
  });

  test("every reporting unit has cases, the big coastal provinces the most", () => {
    const perUnit = new Map(REPORTING_UNITS.map((u) => [u.code.slice(0, 2), 0]));
    for (const c of admin) perUnit.set(c.region.slice(0, 2), perUnit.get(c.region.slice(0, 2))! + 1);
    expect([...perUnit.values()].every((n) => n > 0)).toBe(true);
    const big = ["44", "33", "32", "31", "11", "37", "35"].map((p) => perUnit.get(p)!);
    const small = [...perUnit.entries()].filter(([p]) => !["44", "33", "32", "31", "11", "37", "35"].includes(p)).map(([, n]) => n);
    expect(Math.min(...big)).toBeGreaterThan(Math.max(...small));
    // cities below the unit: real prefecture codes, several per big province
    expect(new Set(admin.filter((c) => c.region.startsWith("44")).map((c) => c.region)).size).toBeGreaterThanOrEqual(3);
  });

  test("cases run from September 2017 to December 2018, every month", () => {
    const date = (c: Record<string, string>) => c.openedOn ?? c.seizedOn ?? c.interceptedOn;
    const months = new Set(admin.map((c) => date(c).slice(0, 7)));
    expect(months.size).toBe(16);
    expect([...months].sort()[0]).toBe("2017-09");
    expect([...months].sort()[15]).toBe("2018-12");
  });

  test("about 70% of the cases protect foreign-invested right holders", () => {
    const share = admin.filter((c) => c.foreignInvested).length / admin.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.82);
  });

  test("nothing is dated after 2018-12-31 but the ends of terms a rule sets", () => {
    const allowed = new Set(["validUntil", "filingDueAt"]);
    const v = new Violations();
    for (const [agency, collections] of Object.entries(data))
      for (const [name, rows] of Object.entries(collections as Record<string, object[]>))
        for (const row of recs(rows))
          for (const [field, value] of Object.entries(row)) {
            if (allowed.has(field)) continue;
            const date = value instanceof Date ? day(value) : typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
            v.check(date === null || (date <= "2018-12-31" && date >= "1995-01-01"), `${agency}.${name}.${field} = ${date}`);
          }
    expect(v.report).toEqual([]);
  });

  test("every region is a GB/T 2260 code inside a reporting unit", () => {
    const v = new Violations();
    for (const [agency, collections] of Object.entries(data))
      for (const [name, rows] of Object.entries(collections as Record<string, object[]>))
        for (const row of recs(rows)) if ("region" in row) v.check(isRegion(row.region), `${agency}.${name}: ${row.region}`);
    expect(v.report).toEqual([]);
  });

  test("realistic attrition: most large cases referred, most referrals filed; some declined, reconsidered, overdue", () => {
    const statuses = recs(data.linkage.referrals).map((r) => r.status as ReferralStatus);
    const count = (s: ReferralStatus) => statuses.filter((x) => x === s).length;
    expect(count(ReferralStatus.FILED)).toBeGreaterThan(statuses.length * 0.7);
    expect(count(ReferralStatus.DECLINED)).toBeGreaterThan(0);
    expect(count(ReferralStatus.RECONSIDERATION_DECLINED)).toBeGreaterThan(0);
    expect(recs(data.linkage.events).some((e) => e.kind === "RECONSIDERATION_REQUESTED")).toBe(true);
    // pending ones are past their deadline by now
    const pending = recs(data.linkage.referrals).filter((r) => r.decisionDueAt);
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((r) => r.decisionDueAt < new Date())).toBe(true);
    expect(pending.length).toBeLessThan(statuses.length * 0.1);

    // criminal justice: mostly approved, prosecuted, guilty; a few not
    const arrests = recs(data.procuratorate.arrestReviews).map((a) => a.decision);
    expect(arrests.filter((d) => d === ArrestDecision.APPROVED).length).toBeGreaterThan(arrests.length * 0.75);
    expect(arrests).toContain(ArrestDecision.DISAPPROVED);
    const prosecutions = recs(data.procuratorate.prosecutions).map((p) => p.decision);
    expect(prosecutions.filter((d) => d === ProsecutionDecision.PROSECUTED).length).toBeGreaterThan(prosecutions.length * 0.8);
    const verdicts = recs(data.courts.judgments).map((j) => j.verdict);
    expect(verdicts.filter((d) => d === Verdict.GUILTY).length).toBeGreaterThan(verdicts.filter((d) => d === Verdict.NOT_GUILTY).length * 5);
    expect(verdicts).toEqual(expect.arrayContaining([Verdict.FOR_PLAINTIFF]));
    expect(recs(data.courts.courtCases).map((c) => c.kind)).toEqual(expect.arrayContaining(["CRIMINAL", "CIVIL"]));
    // some suspects at large, most caught
    const persons = recs(data.police.persons);
    expect(persons.filter((p) => p.caughtOn).length).toBeGreaterThan(persons.length * 0.75);
    expect(persons.some((p) => !p.caughtOn)).toBe(true);
    expect(recs(data.procuratorate.filingSupervisions).map((s) => s.status)).toContain(FilingSupervisionStatus.CLOSED);
    // the police also file cases of their own
    const referred = new Set(recs(data.linkage.referrals).map((r) => r.criminalCaseId));
    expect(recs(data.police.criminalCases).filter((c) => !referred.has(c.id)).length).toBeGreaterThan(20);
  });

  test("every reporting unit reports typical cases, each about a record of its region; some published, never after the data ends", () => {
    const typical = recs(data.office.typicalCases);
    expect(new Set(typical.map((t) => t.region)).size).toBe(REPORTING_UNITS.length);
    const byId = new Map(admin.map((c) => [c.id, c]));
    for (const t of typical) {
      const record = byId.get(t.recordId);
      expect([t.id, !!record && record.region.startsWith(t.region.slice(0, 2)) && t.campaign === null]).toEqual([t.id, true]);
      if (t.publicationStatus === "PUBLISHED") expect([t.id, t.outlet && t.publishedOn >= day(t.createdAt) && t.publishedOn <= "2018-12-31"]).toEqual([t.id, true]);
      else expect([t.id, t.publishedOn, t.outlet]).toEqual([t.id, null, null]);
    }
    const published = typical.filter((t) => t.publicationStatus === "PUBLISHED").length;
    expect(published).toBeGreaterThan(0);
    expect(published).toBeLessThan(typical.length);
  });

  test("admin cases are closed with every kind of outcome, as closeAdminCase would accept; a referred case is closed by its referral", () => {
    const date = (c: Record<string, any>) => c.openedOn ?? c.seizedOn ?? c.interceptedOn;
    const closed = admin.filter((c) => c.closedOn);
    expect(new Set(closed.map((c) => c.outcome))).toEqual(new Set(["PENALISED", "NOT_PENALISED", "REFERRED_TO_POLICE", "TRANSFERRED"]));
    expect(closed.length).toBeGreaterThan(admin.length * 0.5);
    expect(closed.length).toBeLessThan(admin.length);
    const referredOn = new Map<string, string>();
    for (const r of recs(data.linkage.referrals).sort((a, b) => a.sentAt - b.sentAt)) if (!referredOn.has(r.sourceId)) referredOn.set(r.sourceId, day(r.sentAt));
    for (const c of admin) {
      const ok = !c.closedOn
        ? c.outcome == null && !referredOn.has(c.id)
        : c.closedOn >= date(c) && c.closedOn <= "2018-12-31" &&
          (c.outcome === "PENALISED" ? !!c.penaltyDecisionNumber && Number(c.fine) >= 0 : !c.penaltyDecisionNumber && !c.fine && !!c.outcomeReason) &&
          (c.outcome === "REFERRED_TO_POLICE") === referredOn.has(c.id) && (!referredOn.has(c.id) || referredOn.get(c.id) === c.closedOn);
      expect([c.id, c.outcome, ok]).toEqual([c.id, c.outcome, true]);
    }
  });

  test("each admin case kind has corrections and a withdrawn duplicate in its history, of records nothing else names; closings are versions", () => {
    const named = new Set<string>();
    for (const collections of Object.values(data))
      for (const [name, rows] of Object.entries(collections as Record<string, object[]>))
        if (name !== "recordVersions") for (const row of recs(rows)) for (const [k, v] of Object.entries(row)) if (k !== "id" && typeof v === "string") named.add(v);
    for (const subgraph of ["saic", "ipo", "press", "agriculture", "customs", "postal"]) {
      const versions = recs(data[subgraph].recordVersions);
      const actions = new Set(versions.map((v) => v.action));
      expect([subgraph, [...actions].sort()]).toEqual([subgraph, ["CLOSED", "CORRECTED", "WITHDRAWN"]]);
      const rows = recs(Object.values(data[subgraph]).flat());
      for (const v of versions.filter((x) => x.action === "WITHDRAWN")) {
        const row = rows.find((r) => r.id === v.recordId)!;
        expect([v.recordId, !!row.withdrawnAt, named.has(v.recordId), row.closedOn ?? null]).toEqual([v.recordId, true, false, null]);
      }
      for (const v of versions.filter((x) => x.action === "CORRECTED")) expect([v.recordId, named.has(v.recordId), v.reason.length > 0]).toEqual([v.recordId, false, true]);
      // numbered per record in order: a correction comes before the closing
      const byRecord = new Map<string, number[]>();
      for (const v of versions) byRecord.set(v.recordId, [...(byRecord.get(v.recordId) ?? []), v.version]);
      for (const [id, numbers] of byRecord) expect([id, numbers]).toEqual([id, numbers.map((_, i) => i + 1)]);
    }
  });

  test("the police's criminal cases and linkage's referrals have corrections; a criminal case entered twice is withdrawn with its suspects", () => {
    const named = new Map<string, Set<string>>();
    for (const [subgraph, collections] of Object.entries(data))
      for (const [name, rows] of Object.entries(collections as Record<string, object[]>))
        if (name !== "recordVersions") for (const row of recs(rows)) for (const [k, v] of Object.entries(row))
          if (k !== "id" && typeof v === "string") named.set(v, new Set([...(named.get(v) ?? []), `${subgraph}.${name}`]));
    const police = recs(data.police.recordVersions).filter((v) => v.recordType === "CriminalCase");
    const cases = new Map(recs(data.police.criminalCases).map((c) => [c.id, c]));
    expect([...new Set(police.map((v) => v.action))].sort()).toEqual(["CORRECTED", "WITHDRAWN"]);
    for (const v of police) {
      const row = cases.get(v.recordId)!;
      // named by nothing but its own suspects
      expect([v.recordId, [...(named.get(v.recordId) ?? [])].filter((c) => c !== "police.persons")]).toEqual([v.recordId, []]);
      if (v.action === "CORRECTED") expect([v.recordId, v.changes.amountInvolved.to]).toEqual([v.recordId, row.amountInvolved]);
      else expect([v.recordId, !!row.withdrawnAt, recs(data.police.persons).some((p) => p.criminalCase === v.recordId)]).toEqual([v.recordId, true, true]);
    }
    const referrals = new Map(recs(data.linkage.referrals).map((r) => [r.id, r]));
    const corrected = recs(data.linkage.recordVersions).filter((v) => v.recordType === "Referral");
    expect(corrected.length).toBeGreaterThanOrEqual(1);
    for (const v of corrected) {
      const row = referrals.get(v.recordId)!;
      expect([v.action, row.status, v.agency, v.changes.reason.to, row.withdrawnAt ?? null]).toEqual(["CORRECTED", "DECLINED", row.fromAgency, row.reason, null]);
      expect([...(named.get(v.recordId) ?? [])].filter((c) => c !== "linkage.events")).toEqual([]);
    }
  });

  test("every agency gets data", () => {
    for (const [agency, collections] of Object.entries(data)) {
      const rows = Object.values(collections as Record<string, object[]>).reduce((s, c) => s + c.length, 0);
      expect([agency, rows > 0]).toEqual([agency, true]);
    }
  });

  test("scale 100 generates at least 100,000 admin cases (generation only)", () => {
    const big = generateDemo({ scale: 100 });
    expect(adminCases(big).length).toBeGreaterThanOrEqual(100_000);
    expect(big.linkage.referrals.length).toBeGreaterThan(5_000);
  }, 120_000);
});
