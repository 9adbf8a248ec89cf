// The dashboard's GraphQL documents, and nothing else: `npm run operations` bundles this file to put
// them in saved-operations.json (the persisted-operations manifest) byte for byte.

/** Everything the dashboard draws comes from these federated queries, run with the caller's token. */
const LINES = `region regionName period
  tradeSecretCases { cases amountInvolved } trademarkCases { cases amountInvolved } patentCases { cases amountInvolved }
  copyrightCases { cases amountInvolved } plantVarietyCases { cases amountInvolved }
  customs { seizures amountInvolved } postal { interceptions amountInvolved }
  police { casesFiled } procuratorate { arrestApprovedCases prosecutedCases } courts { judgments }`;

export const TABLES_QUERY = `query DashboardTables($regions: [String!], $from: String!, $to: String!, $scope: ReportScope!) {
  monthlyReports(regions: $regions, from: $from, to: $to, scope: $scope) { ${LINES} }
}`;

export const FOREIGN_VS_ALL_QUERY = `query DashboardForeignVsAll($regions: [String!], $from: String!, $to: String!) {
  foreign: monthlyReports(regions: $regions, from: $from, to: $to, scope: FOREIGN_INVESTED) { ${LINES} }
  all: monthlyReports(regions: $regions, from: $from, to: $to, scope: ALL) { ${LINES} }
}`;

export const REFERRALS_QUERY = `query DashboardReferrals($region: String, $after: String) {
  referrals(first: 100, after: $after, filter: { region: $region }) {
    pageInfo { hasNextPage endCursor }
    edges { node { id region sentAt status overdue decisionDueAt } }
  }
}`;

export const LATE_QUERY = `query DashboardLateReports($period: String!, $scope: ReportScope!) {
  lateOrMissingReports(period: $period, scope: $scope) { region regionName period status }
}`;
