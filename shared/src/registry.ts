import { MANIFESTS, SERVICE_MAP } from "./generated/registry";
import type { AgencyManifest, InboxSectionSpec, ReferableCase, ReportLineSpec } from "./manifest";

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
