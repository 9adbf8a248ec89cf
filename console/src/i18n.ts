import { createContext, useCallback, useContext } from "react";

export type Lang = "zh" | "en";

const MESSAGES = {
  title: ["知识产权执法案件图谱", "IP-enforcement case graph"],
  console: ["查询控制台", "Console"],
  dashboard: ["统计仪表盘", "Dashboard"],
  signIn: ["登录", "Sign in"],
  signOut: ["退出", "Sign out"],
  pasteToken: ["粘贴令牌（JWT）", "Paste a token (JWT)"],
  tokenHint: ["令牌仅保存在本标签页的会话存储中，关闭标签页即清除。", "The token is kept in this tab's session storage only and is gone when the tab closes."],
  devToken: ["开发令牌", "Development token"],
  devTokenHint: ["仅开发环境可用：为所选部门和地区签发 8 小时令牌。", "Development only: issues an 8-hour token for the chosen agency and region."],
  issue: ["签发", "Issue"],
  agency: ["部门", "Agency"],
  region: ["地区", "Region"],
  roles: ["角色", "Roles"],
  expires: ["有效期至", "Expires"],
  subject: ["用户", "Subject"],
  malformed: ["令牌格式不正确，请重新粘贴完整的令牌。", "The token is malformed; paste the whole token again."],
  expired: ["令牌已过期，请重新获取令牌后登录。", "The token has expired; get a new one and sign in again."],
  refusedByGateway: ["网关拒绝了该令牌", "The gateway refused this token"],
  sessionEnded: ["会话已结束，请重新登录。", "The session has ended; sign in again."],
  savedOperations: ["常用查询", "Saved operations"],
  loadHint: ["点击加载到编辑器，再点击 ▶ 运行", "Click to load into the editor, then ▶ to run"],
  lastResult: ["最近结果", "Last result"],
  ok: ["成功", "OK"],
  error: ["错误", "Error"],
  filters: ["筛选", "Filters"],
  allUnits: ["全部报送单位", "All reporting units"],
  from: ["起始月份", "From"],
  to: ["截止月份", "To"],
  scope: ["范围", "Scope"],
  FOREIGN_INVESTED: ["外商投资企业", "Foreign-invested"],
  ALL: ["全部", "All"],
  refresh: ["刷新", "Refresh"],
  loading: ["加载中…", "Loading…"],
  downloadCsv: ["下载 CSV", "Download CSV"],
  chartCasesByUnit: ["各单位行政案件数（按统计表条目）", "Admin cases per unit, by line of the monthly table"],
  chartAmountByMonth: ["各月涉案金额（元）", "Amount involved per month (yuan)"],
  chartForeignVsAll: ["外商投资企业案件与全部案件（各月行政案件数）", "Foreign-invested vs all cases (admin cases per month)"],
  chartFunnel: ["移送漏斗（各单位）", "Referral funnel per unit"],
  chartOverdueLate: ["逾期移送与迟报漏报", "Overdue referrals and late reports"],
  noData: ["无数据", "No data"],
  unit: ["报送单位", "Unit"],
  period: ["月份", "Month"],
  line: ["条目", "Line"],
  cases: ["案件数", "Cases"],
  amount: ["涉案金额（元）", "Amount (yuan)"],
  stage: ["环节", "Stage"],
  count: ["数量", "Count"],
  adminCases: ["行政案件", "Admin cases"],
  referred: ["移送", "Referred"],
  filed: ["立案", "Filed"],
  arrests: ["批准逮捕", "Arrests approved"],
  prosecuted: ["起诉", "Prosecuted"],
  judged: ["判决", "Judged"],
  overdueReferrals: ["逾期未决定的移送", "Overdue referrals"],
  lateReports: ["迟报或漏报的统计表", "Late or missing tables"],
  sentAt: ["移送日期", "Sent"],
  decisionDueAt: ["决定期限", "Decision due"],
  tradeSecretCases: ["侵犯商业秘密", "Trade secrets"],
  trademarkCases: ["商标", "Trademarks"],
  patentCases: ["专利", "Patents"],
  copyrightCases: ["著作权", "Copyright"],
  plantVarietyCases: ["植物新品种", "Plant varieties"],
  customs: ["海关扣留", "Customs seizures"],
  postal: ["寄递查获", "Postal interceptions"],
  language: ["English", "中文"],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageKey = keyof typeof MESSAGES;
export const translate = (lang: Lang, key: MessageKey): string => MESSAGES[key][lang === "zh" ? 0 : 1];

export const LangContext = createContext<Lang>("zh");
export function useT() {
  const lang = useContext(LangContext);
  // stable per language: the dashboard reloads when it changes, not on every render
  return useCallback((key: MessageKey) => translate(lang, key), [lang]);
}
