import { REPORT_LINES, departmentOf } from "@ipr/shared";
import { valueOf, type MonthlyReport, type SubmittedVersion, type TypicalCase } from "./model";

/**
 * The attachment of the action plan (打假办发〔2017〕8号), 外商投资企业知识产权保护行动查处案件数据统计表,
 * filled from one MonthlyReport. Both the CSV and the XLSX render this one structure.
 */
export const TITLE = "外商投资企业知识产权保护行动查处案件数据统计表";
export const HEADINGS = { department: "部门", item: "项目", figures: "案件数量/涉案金额", count: "案件数量", amount: "涉案金额（元）" } as const;
export const TYPICAL_CASES = "查处典型案例情况简述";
export const SUPPLEMENT_TITLE = "附表：纸质统计表以外的统计（海关、邮政、法院）";
export const SUPPLEMENT_HEADINGS = { department: "部门", item: "项目", count: "数量", amount: "金额（元）" } as const;

/** One row of the table: a count, an amount, or both (admin lines). */
export interface PaperLine {
  department: string;
  item: string;
  count?: string;
  amount?: string;
}

export interface PaperTable {
  title: string;
  /** 报送单位, 报送时间 and what else identifies the table: label → value */
  meta: Array<[string, string]>;
  lines: PaperLine[];
  typicalCases: Array<{ department: string; title: string; summary: string }>;
  /** Lines beyond the paper table (customs, postal, courts) */
  supplement: PaperLine[];
}

export type Row = { department: string; item: string; count?: [string, string]; amount?: [string, string] };

/** The rows of one section, from the lines the agencies' manifests declare, in table order. */
export const rowsOf = (section: "paper" | "supplement"): Row[] =>
  REPORT_LINES.filter((l) => l.section === section).flatMap((l) =>
    l.rows.map((r) => ({
      department: l.department,
      item: r.item,
      ...(r.count ? { count: [l.line, r.count] as [string, string] } : {}),
      ...(r.amount ? { amount: [l.line, r.amount] as [string, string] } : {}),
    })),
  );
const PAPER_ROWS = rowsOf("paper");
const SUPPLEMENT_ROWS = rowsOf("supplement");

export const STATUS_LABEL: Record<string, string> = {
  NOT_DUE: "未到报送期",
  DUE: "待报送",
  SUBMITTED: "已报送",
  LATE: "逾期报送",
  OVERDUE: "逾期未报",
};

export const SCOPE_LABEL: Record<string, string> = {
  FOREIGN_INVESTED: "外商投资企业为权利人的案件",
  ALL: "全部案件（含非外商投资企业）",
};

/** `2017-10` → `2017年10月` */
const monthLabel = (period: string) => `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;

/** Beijing time as `YYYY-MM-DD HH:mm`, whatever the server's time zone. */
export function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().replace("T", " ").slice(0, 16);
}

const fill = (report: MonthlyReport) => (row: Row): PaperLine => ({
  department: row.department,
  item: row.item,
  ...(row.count ? { count: valueOf(report, ...row.count) } : {}),
  ...(row.amount ? { amount: valueOf(report, ...row.amount) } : {}),
});

/** 报送版本: which submitted version a frozen table is, and why an amendment corrected the one before. */
export function versionLabel(v: Pick<SubmittedVersion, "version" | "reason">): string {
  return v.version === 1 ? "第1版（报送）" : `第${v.version}版（更正：${v.reason ?? ""}）`;
}

/**
 * 报送时间 is the time this file was generated (Beijing time), marked as such, when the table is produced
 * from live data; for a submitted version (`submitted`, with the report already holding its frozen figures)
 * it is when that version was submitted, and 报送版本 says which. The report's own state is a row of its own.
 */
export function paperTable(report: MonthlyReport, generatedAt: Date, submitted?: Pick<SubmittedVersion, "version" | "reason" | "submittedAt">): PaperTable {
  return {
    title: TITLE,
    meta: [
      ["报送单位", report.regionName],
      submitted
        ? ["报送时间", `${chinaTime(new Date(submitted.submittedAt))}（第${submitted.version}版报送时间，北京时间）`]
        : ["报送时间", `${chinaTime(generatedAt)}（导出时间，北京时间）`],
      ...(submitted ? [["报送版本", versionLabel(submitted)] as [string, string]] : []),
      ["统计月份", monthLabel(report.period)],
      ["统计范围", SCOPE_LABEL[report.scope] ?? report.scope],
      ["报送状态", `${STATUS_LABEL[report.status] ?? report.status}（${report.status}），应于 ${report.dueOn} 前报送`],
    ],
    lines: PAPER_ROWS.map(fill(report)),
    typicalCases: report.typicalCases.map((c) => ({ department: departmentOf(c.agency), title: c.title, summary: c.summary + recordNote(c.figures) })),
    supplement: SUPPLEMENT_ROWS.map(fill(report)),
  };
}

/** How the records' outcomes read in the table (CaseOutcome, ProsecutionDecision, Verdict); another value prints as it is. */
const OUTCOME_LABEL: Record<string, string> = {
  PENALISED: "已作出行政处罚", REFERRED_TO_POLICE: "已移送公安机关", NOT_PENALISED: "不予行政处罚", TRANSFERRED: "已移送其他行政机关",
  PROSECUTED: "已提起公诉", NOT_PROSECUTED: "不起诉", GUILTY: "判决有罪", NOT_GUILTY: "判决无罪",
};

/** The figures a typical case takes from its record, after its summary: （案号：…；涉案金额：…元；…）. */
export function recordNote(figures: TypicalCase["figures"]): string {
  if (!figures) return "";
  const parts = [
    figures.caseNumber && `案号：${figures.caseNumber}`,
    figures.amountInvolved && `涉案金额：${figures.amountInvolved}元`,
    figures.outcome && (OUTCOME_LABEL[figures.outcome] ?? figures.outcome),
  ].filter(Boolean);
  return parts.length ? `\n（${parts.join("；")}）` : "";
}

/** ASCII file name, e.g. `monthly-440000-2017-10.csv`; scope ALL adds `-all`. */
export function exportFileName(base: string, parts: string[], scope: string, ext: string): string {
  return [base, ...parts, ...(scope === "ALL" ? ["all"] : [])].join("-").replace(/[^A-Za-z0-9._-]/g, "_") + `.${ext}`;
}
