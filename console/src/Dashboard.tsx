import { useCallback, useEffect, useState } from "react";
import { dataOrThrow, graphql, type GraphQLResponse } from "./api";
import { Chart } from "./Chart";
import type { DataTable } from "./csv";
import {
  FOREIGN_VS_ALL_QUERY, LATE_QUERY, REFERRALS_QUERY, TABLES_QUERY, amountByMonth, casesByUnit, foreignVsAll, overdueAndLate, referralFunnel, unitsOf,
  type Referral, type Report,
} from "./dashboard-data";
import { monthEnd, monthsBetween, ymd } from "./format";
import { useT } from "./i18n";

interface Filters {
  region: string; // "" = every unit inside the caller's region
  from: string;
  to: string;
  scope: "FOREIGN_INVESTED" | "ALL";
}
type Loaded = { table: DataTable | null; error: string | null };
const pending: Loaded = { table: null, error: null };
const MAX_REFERRAL_PAGES = 50;
type ReferralPage = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Referral }> };

async function allReferrals(token: string, region: string | null): Promise<Referral[]> {
  const referrals: Referral[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_REFERRAL_PAGES; page++) {
    const response: GraphQLResponse<{ referrals: ReferralPage }> = await graphql(token, { query: REFERRALS_QUERY, variables: { region, after } });
    const connection = dataOrThrow(response).referrals;
    referrals.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return referrals;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function Dashboard({ token }: { token: string }) {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({ region: "", from: "2017-09", to: "2018-12", scope: "FOREIGN_INVESTED" });
  const [applied, setApplied] = useState(filters);
  const [units, setUnits] = useState<Array<{ region: string; regionName: string }>>([]);
  const [byUnit, setByUnit] = useState<Loaded>(pending);
  const [byMonth, setByMonth] = useState<Loaded>(pending);
  const [foreign, setForeign] = useState<Loaded>(pending);
  const [funnel, setFunnel] = useState<Loaded>(pending);
  const [overdue, setOverdue] = useState<Loaded>(pending);
  const [overdueList, setOverdueList] = useState<Referral[]>([]);

  const load = useCallback(async (f: Filters) => {
    for (const set of [setByUnit, setByMonth, setForeign, setFunnel, setOverdue]) set(pending);
    const regions = f.region ? [f.region] : null;
    const range = { regions, from: f.from, to: f.to };
    const periods = monthsBetween(f.from, f.to);
    const tables = graphql<{ monthlyReports: Report[] }>(token, { query: TABLES_QUERY, variables: { ...range, scope: f.scope } }).then(dataOrThrow);
    const referrals = allReferrals(token, f.region || null);

    tables.then(
      ({ monthlyReports }) => {
        if (!f.region) setUnits(unitsOf(monthlyReports));
        setByUnit({ table: casesByUnit(monthlyReports, t), error: null });
        setByMonth({ table: amountByMonth(monthlyReports, periods, t), error: null });
      },
      (e) => [setByUnit, setByMonth].forEach((set) => set({ table: null, error: message(e) })),
    );
    graphql<{ foreign: Report[]; all: Report[] }>(token, { query: FOREIGN_VS_ALL_QUERY, variables: range })
      .then(dataOrThrow)
      .then(
        ({ foreign, all }) => setForeign({ table: foreignVsAll(foreign, all, periods, t), error: null }),
        (e) => setForeign({ table: null, error: message(e) }),
      );
    Promise.all([tables, referrals]).then(
      ([{ monthlyReports }, refs]) => setFunnel({ table: referralFunnel(monthlyReports, refs, f.from, monthEnd(f.to), t), error: null }),
      (e) => setFunnel({ table: null, error: message(e) }),
    );
    // late or missing tables: the office's query, one month at a time
    const late = Promise.all(periods.map((period) => graphql<{ lateOrMissingReports: Array<{ region: string }> }>(token, { query: LATE_QUERY, variables: { period, scope: f.scope } }).then(dataOrThrow)));
    Promise.all([tables, referrals, late]).then(
      ([{ monthlyReports }, refs, lates]) => {
        const mine = new Set(unitsOf(monthlyReports).map((u) => u.region));
        setOverdue({ table: overdueAndLate(unitsOf(monthlyReports), refs, lates.flatMap((l) => l.lateOrMissingReports).filter((r) => mine.has(r.region)), t), error: null });
        setOverdueList(refs.filter((r) => r.overdue));
      },
      (e) => setOverdue({ table: null, error: message(e) }),
    );
  }, [token, t]);

  useEffect(() => void load(applied), [applied, load]);

  const suffix = `${applied.region || "all"}_${applied.from}_${applied.to}_${applied.scope}`;
  return (
    <div className="dashboard">
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(filters);
        }}
      >
        <label>
          {t("unit")}
          <select id="filter-region" value={filters.region} onChange={(e) => setFilters({ ...filters, region: e.target.value })}>
            <option value="">{t("allUnits")}</option>
            {units.map((u) => (
              <option key={u.region} value={u.region}>
                {u.region} {u.regionName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("from")}
          <input id="filter-from" type="month" value={filters.from} onChange={(e) => setFilters({ ...filters, from: e.target.value })} />
        </label>
        <label>
          {t("to")}
          <input id="filter-to" type="month" value={filters.to} onChange={(e) => setFilters({ ...filters, to: e.target.value })} />
        </label>
        <label>
          {t("scope")}
          <select id="filter-scope" value={filters.scope} onChange={(e) => setFilters({ ...filters, scope: e.target.value as Filters["scope"] })}>
            <option value="FOREIGN_INVESTED">{t("FOREIGN_INVESTED")}</option>
            <option value="ALL">{t("ALL")}</option>
          </select>
        </label>
        <button type="submit" id="filter-apply">{t("refresh")}</button>
      </form>
      <div className="charts">
        <Chart id="chart-cases-by-unit" title={t("chartCasesByUnit")} {...byUnit} kind="stacked" categoryColumn={1} valueColumns={[2, 3, 4, 5, 6, 7, 8]} fileName={`cases-by-unit_${suffix}.csv`} />
        <Chart id="chart-amount-by-month" title={t("chartAmountByMonth")} {...byMonth} kind="line" categoryColumn={0} valueColumns={[1, 2, 3, 4, 5, 6, 7]} money fileName={`amount-by-month_${suffix}.csv`} />
        <Chart id="chart-foreign-vs-all" title={t("chartForeignVsAll")} {...foreign} kind="bar" categoryColumn={0} valueColumns={[1, 2]} fileName={`foreign-vs-all_${applied.region || "all"}_${applied.from}_${applied.to}.csv`} />
        <Chart id="chart-funnel" title={t("chartFunnel")} {...funnel} kind="bar" categoryColumn={1} valueColumns={[2, 3, 4, 5, 6, 7]} fileName={`referral-funnel_${suffix}.csv`} />
        <Chart id="chart-overdue-late" title={t("chartOverdueLate")} {...overdue} kind="bar" categoryColumn={1} valueColumns={[2, 3]} fileName={`overdue-and-late_${suffix}.csv`} />
      </div>
      {overdueList.length ? (
        <table className="overdue">
          <caption>{t("overdueReferrals")}</caption>
          <thead>
            <tr>
              <th>{t("region")}</th>
              <th>{t("sentAt")}</th>
              <th>{t("decisionDueAt")}</th>
            </tr>
          </thead>
          <tbody>
            {overdueList.slice(0, 20).map((r) => (
              <tr key={r.id}>
                <td>{r.region}</td>
                <td>{ymd(r.sentAt)}</td>
                <td>{ymd(r.decisionDueAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
