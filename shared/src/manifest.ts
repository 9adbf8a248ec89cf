/**
 * An agency's manifest: what the rest of the platform needs to know about one subgraph, declared once
 * in `subgraphs/<agency>/src/manifest.ts`. `npm run registry` reads every manifest and writes the
 * registry (`shared/src/generated/registry.ts`) from which the service map, the `Agency` enum, the
 * monthly table's lines, linkage's sources, the exports' layout, the deployment files and the test
 * rosters are derived. A manifest is plain data (it imports only this type), so the registry can be
 * generated before anything is compiled: `export const manifest: AgencyManifest = { ... }`.
 */

/** A count (plain digits) or an amount (yuan, a Decimal string with 2 decimals). */
export type MeasureKind = "count" | "amount";

export interface MeasureSpec {
  /** GraphQL field of the line's type, e.g. `suspectsCaught` */
  measure: string;
  kind: MeasureKind;
  /** The field's description (Chinese name first), also used for the submitted copy */
  description?: string;
}

/** One row of the paper table (统计表) or its supplement: a count, an amount, or both. */
export interface PaperRow {
  /** 项目, e.g. 抓获犯罪嫌疑人数 */
  item: string;
  count?: string;
  amount?: string;
}

/** One line of the monthly table: a field of `MonthlyReport` the agency resolves. */
export interface ReportLineSpec {
  /** GraphQL field of MonthlyReport, e.g. `police` */
  line: string;
  /**
   * The line's GraphQL type: `CaseTally` (the kit's shareable cases + amount) or the agency's own
   * type, e.g. `PoliceTally`. The office freezes submitted figures in `Submitted<Type>`.
   */
  type: string;
  /** Description of the line, e.g. 侵犯商标权案件 (SAIC) */
  description: string;
  /** `paper`: a line of the action plan's table; `supplement`: the annex beyond it */
  section: "paper" | "supplement";
  /** 部门 column of the paper table, e.g. 行政执法部门 or 公安机关 */
  department: string;
  measures: MeasureSpec[];
  /** Rows of the paper table this line fills, in order */
  rows: PaperRow[];
}

/** A fact of an admin case the criminal-threshold check reads (`@requires` on the owner's type). */
export interface ThresholdFact {
  name: string;
  type: "Date" | "Decimal" | "Int" | { enum: string; values: string[] };
  nullable?: boolean;
}

/** Which offence a case is measured against and which facts feed which threshold measure. */
export interface ThresholdRule {
  /** Applies when every named fact equals the value; the first rule that applies wins. */
  when?: Record<string, string>;
  /** ThresholdOffence, e.g. TRADEMARK_COUNTERFEITING; null: no criminal threshold applies */
  offence: string | null;
  /** ThresholdMeasure → the fact that measures it, e.g. { BUSINESS_VOLUME: "amountInvolved" } */
  measures?: Record<string, string>;
}

/** A kind of admin case that can be referred to the police (a member of `EnforcementCase`). */
export interface ReferableCase {
  /** EnforcementCaseType value, e.g. SAIC_CASE */
  caseType: string;
  typename: string;
  /** The case's own date: a referral cannot precede it */
  dateField: string;
  /** The owner's list field (a Relay connection taking the kit's AdminCaseFilter) */
  list: string;
  /** The owner's facts the threshold check reads (`@requires`), in order, the date and amount included */
  facts: ThresholdFact[];
  thresholds: ThresholdRule[];
}

/**
 * The facts of a case the office's major-case rules (重大案件标准) read, by role: the field of the owner's
 * type that holds each. A case without one (a court case has no amount) is never major by that rule.
 */
export interface MajorCaseFacts {
  /** Decimal, yuan: the amount involved */
  amount?: string;
  /** The right holder's credit code */
  rightHolder?: string;
  /** Boolean: the right holder is foreign-invested */
  foreignInvested?: string;
  /** CampaignCode the case belongs to */
  campaign?: string;
}

/**
 * The record's own fields a typical case (典型案例) shows besides its facts: the record's number and its
 * outcome. A dotted path reaches into a nested object, e.g. `judgment.verdict`.
 */
export interface RecordFigures {
  /** The record's own number, e.g. caseNumber, filingNumber */
  number?: string;
  /** CampaignCode, when the major-case facts do not read it (a campaign is no major-case criterion there) */
  campaign?: string;
  /** How it ended, an enum value, e.g. outcome (an admin case's CaseOutcome), decision, judgment.verdict */
  outcome?: string;
}

/**
 * A kind of case an agency may report to the office as a major case (重大案件报送), other than its
 * referable admin cases (which are reportable as they are: their date field, list and the admin
 * case's facts).
 */
export interface ReportableCase {
  /** MajorCaseType value, e.g. CRIMINAL_CASE */
  caseType: string;
  typename: string;
  /** The list field (a Relay connection with a `filter`) the office reads for cases not reported */
  list: string;
  /** The date the case was opened or filed: the reporting deadline runs from it */
  dateField: string;
  /** The list filter's bounds on `dateField`, when not `from` / `to` */
  range?: [from: string, to: string];
  facts: MajorCaseFacts;
  /** What a typical case about such a record shows besides the facts */
  figures?: RecordFigures;
}

/** A flat table for BI feeds, read through the gateway from one list field. */
export interface DatasetSpec {
  /** File name under /feeds, e.g. `criminal-cases` */
  name: string;
  /** Root list field (Relay connection), e.g. `criminalCases` */
  list: string;
  description: string;
  /** For the shared `admin-cases` dataset: the source_type of its rows */
  sourceType?: string;
}

/**
 * One section of the inbox this subgraph contributes: a field it adds to the office's `Inbox` entity
 * (`InboxSection`, nullable), listing what waits on the inbox's agency and region in its own tables.
 * The office reads these entries to `@require` every contributed section for the merged `items`.
 */
export interface InboxSectionSpec {
  /** Field of Inbox, e.g. `referralsToDecide`; also the `kind` of its items */
  field: string;
  /** The field's description: what waits, on whom, and by when */
  description: string;
}

/**
 * A record type the agency imports from spreadsheets (`GET /imports/templates/<name>.xlsx`, `POST /imports/<name>`):
 * one row per create input, through the kit's `importResolvers` declared with the same `stem`.
 */
export interface ImportSpec {
  /** URL name, e.g. `saic-cases` */
  name: string;
  /** The kit's field stem: `stage<stem>Import`, `commit<stem>Import`, `<stem>Import(id)`, e.g. SaicCases */
  stem: string;
  /** The create mutation's input type, e.g. CreateSaicCaseInput: the columns are its fields */
  input: string;
  /** 中文 heading of each of the agency's own fields (the kit names the common admin-case ones); a nested one as `suspects.name` */
  headings: Record<string, string>;
  /** The template's example row, as written in the sheet (yes/no as 是/否; an enum by its value name, shown as its 中文 label), e.g. { caseNumber: "粤工商〔2018〕1号" } */
  example: Record<string, string>;
  /** List-of-object fields (a case's suspects): how many column groups the template gives */
  repeat?: Record<string, number>;
}

/**
 * A record of the agency naming an enterprise of SAIC's register by its credit code (besides the right
 * holder and infringer of its referable admin cases, which every admin case has): it keeps the
 * enterprise from being withdrawn, and, naming its right holder, relies on its foreign investment.
 */
export interface EnterpriseRecordSpec {
  /** The GraphQL type, also the entity's class name, e.g. CriminalCase */
  typename: string;
  /** The column holding the credit code, e.g. rightHolderCreditCode */
  field: string;
  /** The enterprise is the right holder (its foreign investment is what the record counts under) */
  holder?: boolean;
}

/** A table the demo seed fills: the entity class name and its collection in the generated data. */
export type SeedTable = readonly [entity: string, collection: string];

/**
 * A kind of registered record, whole: every referable admin case (`REFERABLE_CASES`), or every record
 * a major-case report or typical case may be about (`CASE_RECORDS`).
 */
export type RegisteredKind = "referableCases" | "caseRecords";

export interface AgencyManifest {
  /** Subgraph name: package `@ipr/<name>`, schema `<name>`, `SUBGRAPH_URL_<NAME>` */
  name: string;
  port: number;
  /** The member agency this subgraph answers for (the `agency` claim); none for a shared platform */
  agency?: string;
  /** The agency's department as tables name it, e.g. 公安机关 */
  department?: string;
  /** One line on what it owns */
  description: string;
  /**
   * A nullable by-id root lookup of its own (`<probe>(id: ID!) { id }`): the cheapest request that
   * needs this subgraph and its database (fault injection, smoke tests).
   */
  probe: string;
  reportLines?: ReportLineSpec[];
  referable?: ReferableCase[];
  /** Cases besides `referable` ones it may report as major cases to the office */
  reportableCases?: ReportableCase[];
  /** Records besides its reportable cases a typical case (典型案例) may be about, e.g. a prosecution */
  typicalCaseRecords?: ReportableCase[];
  datasets?: DatasetSpec[];
  /** The sections this subgraph contributes to the inbox (one resolver on `InboxStub()` each) */
  inbox?: InboxSectionSpec[];
  /** The demo seed's tables, parents first; the first is the one checked for "already seeded" */
  imports?: ImportSpec[];
  /** Its records naming an enterprise by credit code besides its referable admin cases (see EnterpriseRecordSpec) */
  enterpriseRecords?: EnterpriseRecordSpec[];
  /**
   * Kinds of other agencies' records its records rely on, each for every record of the kind (linkage's
   * referrals on every referable case): an owner correcting or withdrawing one asks this subgraph first
   * (`<name>Dependents`), with no line of its own (the registry's `dependentSubgraphsOf`)
   */
  dependsOn?: RegisteredKind[];
  seed?: SeedTable[];
}
