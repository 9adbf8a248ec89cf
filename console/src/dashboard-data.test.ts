import { toCsv } from "./csv";
import { ADMIN_LINES, amountByMonth, casesByUnit, foreignVsAll, overdueAndLate, referralFunnel, unitOf, type Report } from "./dashboard-data";
import { monthEnd, monthsBetween, yuan, ymd } from "./format";
import { translate } from "./i18n";
import { TokenProblem, readClaims } from "./session";

const t = (key: Parameters<typeof translate>[1]) => translate("en", key);
const report = (region: string, regionName: string, period: string, trademark: number, amount: string, extra: Partial<Report> = {}): Report => ({
  region, regionName, period, trademarkCases: { cases: trademark, amountInvolved: amount }, customs: { seizures: 1, amountInvolved: "10.50" }, ...extra,
});

describe("dashboard data", () => {
  const reports = [
    report("440000", "广东省", "2017-09", 3, "300.00", { police: { casesFiled: 2 }, procuratorate: { arrestApprovedCases: 1, prosecutedCases: 1 }, courts: { judgments: 1 } }),
    report("440000", "广东省", "2017-10", 1, "100.25"),
    report("310000", "上海市", "2017-10", 2, "50.00", { customs: null }),
  ];

  test("units cover the regions of their non-zero prefix", () => {
    expect(unitOf("440300", ["440000", "310000"])).toBe("440000");
    expect(unitOf("310115", ["440000", "310000"])).toBe("310000");
    expect(unitOf("110000", ["440000", "310000"])).toBeUndefined();
  });

  test("cases per unit and amounts per month, nulls (a contributor down) as nothing", () => {
    const byUnit = casesByUnit(reports, t);
    expect(byUnit.columns).toHaveLength(2 + ADMIN_LINES.length);
    expect(byUnit.rows.map((r) => [r[0], r[1], r[3], r[7]])).toEqual([["310000", "上海市", 2, 0], ["440000", "广东省", 4, 2]]);
    const byMonth = amountByMonth(reports, ["2017-09", "2017-10", "2017-11"], t);
    expect(byMonth.rows.map((r) => [r[0], r[2], r[6]])).toEqual([["2017-09", 300, 10.5], ["2017-10", 150.25, 10.5], ["2017-11", 0, 0]]);
  });

  test("foreign-invested vs all per month", () => {
    expect(foreignVsAll([reports[0]], reports, ["2017-09", "2017-10"], t).rows).toEqual([["2017-09", 4, 4], ["2017-10", 0, 4]]);
  });

  test("the funnel counts referrals sent in the period, by the unit covering their region", () => {
    const referrals = [
      { id: "a", region: "440300", sentAt: "2017-09-30T10:00:00Z", status: "FILED", overdue: false, decisionDueAt: null },
      { id: "b", region: "440100", sentAt: "2017-11-01T10:00:00Z", status: "SENT", overdue: true, decisionDueAt: "2017-11-04T15:59:59.999Z" },
    ];
    const funnel = referralFunnel(reports, referrals, "2017-09", monthEnd("2017-10"), t);
    expect(funnel.rows).toEqual([["310000", "上海市", 2, 0, 0, 0, 0, 0], ["440000", "广东省", 6, 1, 2, 1, 1, 1]]);
    const late = overdueAndLate([{ region: "440000", regionName: "广东省" }], referrals, [{ region: "440000" }, { region: "440000" }], t);
    expect(late.rows).toEqual([["440000", "广东省", 1, 2]]);
  });

  test("the CSV is exactly the table, with a BOM for Excel", () => {
    expect(toCsv({ columns: ["a", "b,c"], rows: [["x\"y", 1.5]] })).toBe('\uFEFFa,"b,c"\r\n"x""y",1.5\r\n');
  });
});

describe("formats", () => {
  test("yuan, YYYY-MM-DD on China time, month ranges", () => {
    expect(yuan("86000")).toBe("¥86,000.00");
    expect(yuan(null)).toBe("—");
    expect(ymd("2017-10-09")).toBe("2017-10-09");
    expect(ymd("2018-12-19T15:59:59.999Z")).toBe("2018-12-19");
    expect(ymd("2018-12-19T16:00:00.000Z")).toBe("2018-12-20");
    expect(monthsBetween("2017-11", "2018-02")).toEqual(["2017-11", "2017-12", "2018-01", "2018-02"]);
    expect(monthEnd("2016-02")).toBe("2016-02-29");
  });
});

describe("the token's claims (for display; the gateway verifies)", () => {
  const jwt = (payload: object) => `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify(payload)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")}.c2ln`;
  test("reads agency, region, roles and expiry", () => {
    expect(readClaims(jwt({ sub: "s", agency: "OFFICE", region: "000000", roles: ["bi"], exp: 2000 }), 1000)).toEqual({ sub: "s", agency: "OFFICE", region: "000000", roles: ["bi"], exp: 2000 });
  });
  test("malformed and expired tokens are told apart", () => {
    const reason = (token: string) => {
      try {
        readClaims(token, 1000);
        return "ok";
      } catch (e) {
        return (e as TokenProblem).reason;
      }
    };
    expect(reason("abc")).toBe("malformed");
    expect(reason("a.b.c")).toBe("malformed");
    expect(reason(jwt({ sub: "s", region: "000000", exp: 2000 }))).toBe("malformed");
    expect(reason(jwt({ sub: "s", agency: "OFFICE", region: "000000", exp: 999 }))).toBe("expired");
  });
});
