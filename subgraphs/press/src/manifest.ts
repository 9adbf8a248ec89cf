import type { AgencyManifest } from "@ipr/shared";

/** Press and publication (版权): copyright works, piracy cases, software legalisation checks. */
export const manifest: AgencyManifest = {
  name: "press",
  port: 4005,
  agency: "PRESS",
  department: "新闻出版（版权）部门",
  description: "Copyright administration: works, piracy cases, software legalisation",
  probe: "copyrightCase",
  reportLines: [
    {
      line: "copyrightCases", type: "CaseTally", description: "侵犯著作权案件 (PRESS)", section: "paper", department: "行政执法部门",
      measures: [{ measure: "cases", kind: "count", description: "案件数量" }, { measure: "amountInvolved", kind: "amount", description: "涉案金额, yuan" }],
      rows: [{ item: "侵犯著作权案件", count: "cases", amount: "amountInvolved" }],
    },
  ],
  referable: [
    {
      caseType: "COPYRIGHT_CASE", typename: "CopyrightCase", dateField: "openedOn", list: "copyrightCases",
      facts: [
        { name: "openedOn", type: "Date" },
        { name: "amountInvolved", type: "Decimal" },
        { name: "illegalGains", type: "Decimal", nullable: true },
        { name: "copies", type: "Int", nullable: true },
      ],
      thresholds: [{ offence: "COPYRIGHT_INFRINGEMENT", measures: { BUSINESS_VOLUME: "amountInvolved", ILLEGAL_GAINS: "illegalGains", COPIES: "copies" } }],
    },
  ],
  datasets: [{ name: "admin-cases", list: "copyrightCases", sourceType: "COPYRIGHT_CASE", description: "Copyright infringement cases" }],
  imports: [{
    name: "copyright-cases", stem: "CopyrightCases", input: "CreateCopyrightCaseInput",
    headings: { openedOn: "立案日期", workType: "作品类型", online: "是否网络侵权", platformType: "平台类型", copies: "侵权复制品数量", illegalGains: "违法所得（元）", registrationNumber: "作品登记号" },
    example: { caseNumber: "粤版罚字〔2018〕7号", region: "440300", openedOn: "2018-03-01", workType: "SOFTWARE", online: "否", rightHolderCreditCode: "91440300000000001H", foreignInvested: "是", amountInvolved: "56000.00", copies: "300" },
  }],
  // records naming an enterprise by credit code (SAIC asks before withdrawing one)
  enterpriseRecords: [{ typename: "CopyrightWork", field: "ownerCreditCode", holder: true }],
  seed: [["CopyrightWork", "works"], ["CopyrightCase", "cases"], ["SoftwareLegalisationCheck", "softwareChecks"]],
};
