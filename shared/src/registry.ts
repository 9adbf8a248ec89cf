import { MANIFESTS, SERVICE_MAP } from "./generated/registry";
import type { AgencyManifest, EnterpriseRecordSpec, ImportSpec, InboxSectionSpec, MajorCaseFacts, RecordFigures, ReferableCase, RegisteredKind, ReportableCase, ReportLineSpec } from "./manifest";

/**
 * The agency registry: what every service may know of the other agencies, derived from their
 * manifests (`npm run registry`), never typed out again.
 */
export { MANIFESTS, SERVICE_MAP };
export type SubgraphName = keyof typeof SERVICE_MAP;

/** Subgraph names in service-map (port) order. */
export const SUBGRAPH_NAMES = MANIFESTS.map((m) => m.name as SubgraphName);

export const manifestOf = (name: SubgraphName): AgencyManifest => MANIFESTS.find((m) => m.name === name)!;

/** A monthly-table line with the subgraph and agency that answer for it. */
export interface RegisteredLine extends ReportLineSpec {
  subgraph: SubgraphName;
  agency: string;
}

/** Every line of the monthly table: the paper table's lines first, then the supplement's, each in port order. */
export const REPORT_LINES: readonly RegisteredLine[] = (["paper", "supplement"] as const).flatMap((section) =>
  MANIFESTS.flatMap((m) =>
    (m.reportLines ?? []).filter((l) => l.section === section).map((l) => ({ ...l, subgraph: m.name as SubgraphName, agency: m.agency! })),
  ),
);

/** A referable kind of admin case with the subgraph and agency that own it. */
export interface RegisteredSource extends ReferableCase {
  subgraph: SubgraphName;
  agency: string;
}

/** Every kind of admin case that can be referred to the police, in port order. */
export const REFERABLE_CASES: readonly RegisteredSource[] = MANIFESTS.flatMap((m) =>
  (m.referable ?? []).map((r) => ({ ...r, subgraph: m.name as SubgraphName, agency: m.agency! })),
);

/** A kind of case reportable as a major case, with the subgraph and agency that own it. */
export interface RegisteredReportable extends ReportableCase {
  subgraph: SubgraphName;
  agency: string;
  range: [from: string, to: string];
}

/** What every admin case has (the kit's AdminCase): the facts the major-case rules read. */
const ADMIN_CASE_FACTS: MajorCaseFacts = { amount: "amountInvolved", rightHolder: "rightHolderCreditCode", foreignInvested: "foreignInvested", campaign: "campaign" };

/** What a typical case shows of every admin case besides its facts: its number and how it was closed. */
const ADMIN_CASE_FIGURES: RecordFigures = { number: "caseNumber", outcome: "outcome" };

const registered = (m: AgencyManifest, cases: ReportableCase[]): RegisteredReportable[] =>
  cases.map((r) => ({ ...r, range: r.range ?? ["from", "to"], subgraph: m.name as SubgraphName, agency: m.agency! }));

/** Every kind of case an agency may report to the office as major: its referable admin cases, then those it declares, in port order. */
export const REPORTABLE_CASES: readonly RegisteredReportable[] = MANIFESTS.flatMap((m) => registered(m, [
  ...(m.referable ?? []).map(({ caseType, typename, list, dateField }): ReportableCase => ({ caseType, typename, list, dateField, facts: ADMIN_CASE_FACTS, figures: ADMIN_CASE_FIGURES })),
  ...(m.reportableCases ?? []),
]));

/** Every kind of record a typical case (典型案例) may be about: the reportable cases, then the other records agencies declare. */
export const CASE_RECORDS: readonly RegisteredReportable[] = [...REPORTABLE_CASES, ...MANIFESTS.flatMap((m) => registered(m, m.typicalCaseRecords ?? []))];

/** The department that tables and typical cases name for an agency code, e.g. 公安机关. */
export const departmentOf = (agency: string): string => MANIFESTS.find((m) => m.agency === agency)?.department ?? agency;

/** An inbox section with the subgraph that contributes it. */
export interface RegisteredInboxSection extends InboxSectionSpec {
  subgraph: SubgraphName;
}

/** Every section of the inbox, in port order: what the office merges into `Inbox.items`. */
export const INBOX_SECTIONS: readonly RegisteredInboxSection[] = MANIFESTS.flatMap((m) =>
  (m.inbox ?? []).map((s) => ({ ...s, subgraph: m.name as SubgraphName })),
);

/** A spreadsheet import with the subgraph and agency that own it. */
export interface RegisteredImport extends ImportSpec {
  subgraph: SubgraphName;
  agency: string;
}

/** Every record type agencies import from spreadsheets (`/imports/<name>`), in port order. */
export const IMPORTABLE: readonly RegisteredImport[] = MANIFESTS.flatMap((m) =>
  (m.imports ?? []).map((i) => ({ ...i, subgraph: m.name as SubgraphName, agency: m.agency! })),
);

/** A record naming an enterprise by credit code, with the subgraph holding it. */
export interface RegisteredEnterpriseRecord extends EnterpriseRecordSpec {
  subgraph: SubgraphName;
}

/**
 * Every record naming an enterprise of SAIC's register: each referable admin case's right holder and
 * infringer, then the records agencies declare (`enterpriseRecords`), in port order.
 */
export const ENTERPRISE_RECORDS: readonly RegisteredEnterpriseRecord[] = MANIFESTS.flatMap((m) => [
  ...(m.referable ?? []).flatMap(({ typename }): EnterpriseRecordSpec[] => [{ typename, field: "rightHolderCreditCode", holder: true }, { typename, field: "infringerCreditCode" }]),
  ...(m.enterpriseRecords ?? []),
].map((r) => ({ ...r, subgraph: m.name as SubgraphName })));

/** The subgraphs holding records that name enterprises: asked before SAIC withdraws or corrects one. */
export const ENTERPRISE_NAMERS: readonly SubgraphName[] = [...new Set(ENTERPRISE_RECORDS.map((r) => r.subgraph))];

/** The records of each kind a manifest's `dependsOn` names, in the order an owner asks about them. */
const KINDS: Readonly<Record<RegisteredKind, readonly { typename: string }[]>> = { referableCases: REFERABLE_CASES, caseRecords: CASE_RECORDS };

/**
 * The subgraphs whose records rely on a `typename` record because of its kind (manifests' `dependsOn`):
 * for an admin case linkage (referrals) and the office (major-case reports, typical cases). Its owner
 * asks them before a correction or withdrawal, besides any its correction spec names.
 */
export const dependentSubgraphsOf = (typename: string): SubgraphName[] => [
  ...new Set((Object.keys(KINDS) as RegisteredKind[]).flatMap((kind) =>
    KINDS[kind].some((r) => r.typename === typename) ? MANIFESTS.filter((m) => m.dependsOn?.includes(kind)).map((m) => m.name as SubgraphName) : [],
  )),
];
