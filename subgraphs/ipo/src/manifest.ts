import type { AgencyManifest } from "@ipr/shared";

/** The patent administration (知识产权局): the patent register, infringement and passing-off cases. */
export const manifest: AgencyManifest = {
  name: "ipo",
  port: 4004,
  agency: "IPO",
  department: "知识产权部门",
  description: "The patent administration: patents, infringement and passing-off cases",
  probe: "patentCase",
  reportLines: [
    {
      line: "patentCases", type: "CaseTally", description: "侵犯专利权案件 (IPO)", section: "paper", department: "行政执法部门",
      measures: [{ measure: "cases", kind: "count", description: "案件数量" }, { measure: "amountInvolved", kind: "amount", description: "涉案金额, yuan" }],
      rows: [{ item: "侵犯专利权案件", count: "cases", amount: "amountInvolved" }],
    },
  ],
  referable: [
    {
      caseType: "PATENT_CASE", typename: "PatentCase", dateField: "openedOn", list: "patentCases",
      facts: [
        { name: "category", type: { enum: "PatentCaseCategory", values: ["INFRINGEMENT", "PASSING_OFF"] } },
        { name: "openedOn", type: "Date" },
        { name: "amountInvolved", type: "Decimal" },
      ],
      // infringement of a patent is a civil matter; passing off another's patent is a crime
      thresholds: [{ when: { category: "PASSING_OFF" }, offence: "PATENT_PASSING_OFF", measures: { BUSINESS_VOLUME: "amountInvolved" } }],
    },
  ],
  datasets: [{ name: "admin-cases", list: "patentCases", sourceType: "PATENT_CASE", description: "Patent infringement and passing-off cases" }],
  imports: [{
    name: "patent-cases", stem: "PatentCases", input: "CreatePatentCaseInput",
    headings: { openedOn: "立案日期", category: "案件类别", source: "案件来源", keyField: "重点领域", patentNumber: "专利号" },
    example: { caseNumber: "深知法处字〔2018〕12号", region: "440300", openedOn: "2018-03-01", category: "PASSING_OFF", source: "EX_OFFICIO", rightHolderCreditCode: "91440300000000001H", foreignInvested: "否", amountInvolved: "38000.00", description: "产品包装标注他人专利号" },
  }],
  // records naming an enterprise by credit code (SAIC asks before withdrawing one)
  enterpriseRecords: [{ typename: "Patent", field: "holderCreditCode", holder: true }],
  seed: [["Patent", "patents"], ["PatentCase", "cases"]],
};
