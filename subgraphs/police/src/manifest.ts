import type { AgencyManifest } from "@ipr/shared";

/** Public security (公安): criminal cases of IP crimes and their suspects. */
export const manifest: AgencyManifest = {
  name: "police",
  port: 4009,
  agency: "POLICE",
  department: "公安机关",
  description: "Public security: criminal cases and suspects",
  probe: "criminalCase",
  reportLines: [
    {
      line: "police", type: "PoliceTally", description: "公安机关 as submitted: criminal cases filed, suspects caught, amount involved", section: "paper", department: "公安机关",
      measures: [
        { measure: "casesFiled", kind: "count", description: "立案数" },
        { measure: "suspectsCaught", kind: "count", description: "抓获犯罪嫌疑人数" },
        { measure: "amountInvolved", kind: "amount", description: "涉案金额, yuan" },
      ],
      rows: [
        { item: "立案数", count: "casesFiled" },
        { item: "抓获犯罪嫌疑人数", count: "suspectsCaught" },
        { item: "涉案金额", amount: "amountInvolved" },
      ],
    },
  ],
  reportableCases: [
    {
      caseType: "CRIMINAL_CASE", typename: "CriminalCase", list: "criminalCases", dateField: "filedOn", range: ["filedFrom", "filedTo"],
      facts: { amount: "amountInvolved", rightHolder: "rightHolderCreditCode", foreignInvested: "foreignInvested" },
      figures: { number: "filingNumber", campaign: "campaign" },
    },
  ],
  datasets: [
    { name: "criminal-cases", list: "criminalCases", description: "Criminal cases filed, one row each" },
    { name: "suspects", list: "criminalCases", description: "Suspects of the criminal cases, masked as the caller must see them" },
  ],
  imports: [{
    name: "criminal-cases", stem: "CriminalCases", input: "FileCriminalCaseInput",
    headings: {
      filingNumber: "立案编号", offence: "罪名", region: "行政区划代码", filedOn: "立案日期", amountInvolved: "涉案金额（元）", rightHolderCreditCode: "权利人统一社会信用代码",
      foreignInvested: "权利人是否外商投资企业", campaign: "专项行动", "suspects.name": "犯罪嫌疑人姓名", "suspects.idNumber": "身份证号", "suspects.nationality": "国籍", "suspects.caughtOn": "抓获日期",
    },
    example: { filingNumber: "深公经立字〔2018〕21号", offence: "COUNTERFEITING_TRADEMARK", region: "440300", filedOn: "2018-03-01", amountInvolved: "380000.00", rightHolderCreditCode: "91440300000000001H", foreignInvested: "是", "suspects.1.name": "张三", "suspects.1.idNumber": "440300198506150124", "suspects.1.caughtOn": "2018-03-05" },
    repeat: { suspects: 3 },
  }],
  // records naming an enterprise by credit code (SAIC asks before withdrawing one)
  enterpriseRecords: [{ typename: "CriminalCase", field: "rightHolderCreditCode", holder: true }],
  seed: [["CriminalCase", "criminalCases"], ["Person", "persons"], ["CaseCluster", "caseClusters"], ["CaseClusterMember", "caseClusterMembers"]],
};
