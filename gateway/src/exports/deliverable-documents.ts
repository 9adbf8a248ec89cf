import { departmentOf } from "@ipr/shared";
import { formatValue, LINES, type Kind } from "./model";
import { STATUS_LABEL, chinaTime, rowsOf, versionLabel } from "./paper-table";
import type { NarrativeVersion, PlanVersion, SpecialReport, SpecialReportVersion, Tracked } from "./deliverables-model";

/**
 * The campaign's deliverables as documents: a title, labelled facts, then sections of text or of
 * tables. The CSV, the XLSX and (for the special work report) the PDF all render this one structure.
 */
export interface DocTable {
  heading: string;
  /** The XLSX sheet it goes on, when not the document's first */
  sheet?: string;
  columns: string[];
  rows: string[][];
  /** Columns from this index on hold figures (right-aligned; numbers in the XLSX) */
  figuresFrom?: number;
}
export interface DocText {
  heading: string;
  sheet?: string;
  text: string;
}
export interface Document {
  title: string;
  meta: Array<[string, string]>;
  sections: Array<DocTable | DocText>;
}
export const isTable = (s: DocTable | DocText): s is DocTable => "rows" in s;

export const SPECIAL_REPORT_TITLE = "外商投资企业知识产权保护行动专项工作报告";
export const PLANS_TITLE = "外商投资企业知识产权保护行动实施方案报送情况";
export const NARRATIVES_TITLE = "外商投资企业知识产权保护行动工作推进情况";
export const HEADINGS = { narrative: "一、工作总结", figures: "二、案件查处情况", cases: "三、查处典型案例", differences: "四、报送后数据变化" } as const;
/** The scopes the report freezes, as the report and its XLSX sheets name them. */
export const SCOPE_LABEL: Record<string, string> = { FOREIGN_INVESTED: "外商投资企业为权利人的案件", ALL: "全部案件" };
export const SHEETS = { report: "专项工作报告", all: "全部案件", differences: "报送后数据变化" } as const;

const monthLabel = (period: string) => `${Number(period.slice(5, 7))}月`;
const status = (t: { status: string; dueOn: string }) => `${STATUS_LABEL[t.status] ?? t.status}（${t.status}），应于 ${t.dueOn} 前报送`;
const submitted = (v: { version: number; submittedAt: string } | null) => (v ? `${chinaTime(new Date(v.submittedAt))}（北京时间，第${v.version}版）` : "未报送");

/** Each line's measures as rows: an admin line gives a count row and an amount row, as on the paper table. */
const FIGURE_ROWS = [...rowsOf("paper"), ...rowsOf("supplement")].flatMap((row) => {
  const both = row.count && row.amount;
  return [
    ...(row.count ? [{ department: row.department, item: both ? `${row.item}（件）` : row.item, at: row.count, kind: "count" as Kind }] : []),
    ...(row.amount ? [{ department: row.department, item: both ? `${row.item}（涉案金额，元）` : `${row.item}（元）`, at: row.amount, kind: "amount" as Kind }] : []),
  ];
});

const figureOf = (figures: Record<string, unknown>, [line, measure]: [string, string], kind: Kind, where: string) =>
  formatValue(kind, (figures[line] as Record<string, unknown> | null | undefined)?.[measure], `${where} ${line}.${measure}`);

type Months = SpecialReportVersion["months"];

/** A scope's frozen figures: a row per measure, a column per month and the total. */
function figuresTable(region: string, heading: string, months: Months, totals: Record<string, unknown>): DocTable {
  return {
    heading,
    columns: ["部门", "项目", ...months.map((m) => monthLabel(m.period)), "合计"],
    figuresFrom: 2,
    rows: FIGURE_ROWS.map((r) => [
      r.department, r.item,
      ...months.map((m) => figureOf(m.figures, r.at, r.kind, `${region} ${m.period}`)),
      figureOf(totals, r.at, r.kind, `${region} totals`),
    ]),
  };
}

/** The measures a correction or withdrawal after submission changed, as the paper table names them; only the version in force has them. */
function differencesSection(report: SpecialReport, v: SpecialReportVersion): DocTable | DocText {
  const heading = `${HEADINGS.differences}（现行版本冻结的数据与实时数据的差异，如报送后案件被更正或撤销）`;
  if (v.version !== report.versions.at(-1)?.version) return { heading, sheet: SHEETS.differences, text: `（仅列出现行版本第${report.versions.at(-1)?.version}版的差异）` };
  if (!report.differences.length) return { heading, sheet: SHEETS.differences, text: "（无：报送时冻结的数据与实时数据一致）" };
  const rowOf = new Map(FIGURE_ROWS.map((r) => [r.at.join("."), r]));
  return {
    heading, sheet: SHEETS.differences,
    columns: ["月份", "统计范围", "部门", "项目", "报送数", "实时数"],
    figuresFrom: 4,
    rows: report.differences.map((d) => {
      const row = rowOf.get(`${d.line}.${d.measure}`);
      const kind = row?.kind ?? "count";
      // differences come as text: a count's digits read as the number they are
      const as = (text: string) => (kind === "count" && /^\d+$/.test(text) ? Number(text) : text);
      return [
        `${d.period.slice(0, 4)}年${monthLabel(d.period)}`, SCOPE_LABEL[d.scope] ?? d.scope, row?.department ?? d.line, row?.item ?? d.measure,
        formatValue(kind, as(d.submitted), `${report.region} ${d.period} ${d.line}.${d.measure}`), formatValue(kind, as(d.live), `${report.region} ${d.period} ${d.line}.${d.measure}`),
      ];
    }),
  };
}

/**
 * 专项工作报告 of one unit, as one submitted version froze it: the figures of both scopes (the
 * action plan's foreign-invested one, then every case; on their own sheet in the XLSX) and, for
 * the version in force, what has changed since it was frozen.
 */
export function specialReportDocument(report: SpecialReport, v: SpecialReportVersion): Document {
  const months = v.months.map((m) => m.period);
  const span = months.length ? `${months[0].slice(0, 4)}年${monthLabel(months[0])}至${monthLabel(months.at(-1)!)}` : "";
  const figures = (scope: string) => `${HEADINGS.figures}（${span}，${SCOPE_LABEL[scope]}，报送时冻结的数据）`;
  return {
    title: SPECIAL_REPORT_TITLE,
    meta: [
      ["报送单位", report.regionName],
      ["报送时间", submitted(v)],
      ["报送版本", versionLabel(v)],
      ["报送状态", status(report)],
    ],
    sections: [
      { heading: HEADINGS.narrative, text: v.narrative },
      figuresTable(report.region, figures("FOREIGN_INVESTED"), v.months, v.totals),
      v.allMonths.length
        ? { ...figuresTable(report.region, figures("ALL"), v.allMonths, v.allTotals), sheet: SHEETS.all }
        : { heading: figures("ALL"), sheet: SHEETS.all, text: "（该版本报送时仅冻结外商投资企业为权利人的案件）" },
      {
        heading: HEADINGS.cases,
        columns: ["部门", "案例", "简述"],
        rows: v.typicalCases.length ? v.typicalCases.map((c) => [departmentOf(c.agency), c.title, c.summary]) : [["", "（无）", ""]],
      },
      differencesSection(report, v),
    ],
  };
}

/** 实施方案 of every unit in the caller's region: the version in force of each, or its absence. */
export function plansDocument(plans: Array<Tracked<PlanVersion>>, generatedAt: Date): Document {
  return {
    title: PLANS_TITLE,
    meta: [["导出时间", `${chinaTime(generatedAt)}（北京时间）`], ["应报日期", plans[0]?.dueOn ?? ""]],
    sections: [
      {
        heading: "各报送单位实施方案（现行版本）",
        columns: ["报送单位", "报送状态", "首次报送时间", "现行版本", "具体落实措施", "责任单位", "联络人"],
        rows: plans.map((p) => {
          const v = p.versions.at(-1) ?? null;
          return [
            p.regionName, status(p), p.submittedAt ? chinaTime(new Date(p.submittedAt)) : "未报送", v ? versionLabel(v) : "",
            v ? v.measures.map((m, i) => `${i + 1}. ${m}`).join("\n") : "",
            v ? v.responsibleAgencies.map(departmentOf).join("、") : "",
            v ? v.contacts.map((c) => `${c.name}（${c.role}）${c.phone}`).join("\n") : "",
          ];
        }),
      },
    ],
  };
}

/** 工作推进情况 of every unit in the caller's region for one month. */
export function narrativesDocument(period: string, items: Array<Tracked<NarrativeVersion>>, generatedAt: Date): Document {
  return {
    title: NARRATIVES_TITLE,
    meta: [["统计月份", `${period.slice(0, 4)}年${monthLabel(period)}`], ["导出时间", `${chinaTime(generatedAt)}（北京时间）`]],
    sections: [
      {
        heading: "各报送单位工作推进情况（现行版本）",
        columns: ["报送单位", "报送状态", "首次报送时间", "现行版本", "工作推进情况"],
        rows: items.map((w) => {
          const v = w.versions.at(-1) ?? null;
          return [w.regionName, status(w), w.submittedAt ? chinaTime(new Date(w.submittedAt)) : "未报送", v ? versionLabel(v) : "", v?.narrative ?? ""];
        }),
      },
    ],
  };
}

export { LINES };
