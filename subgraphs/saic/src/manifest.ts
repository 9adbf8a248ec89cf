import type { AgencyManifest } from "@ipr/shared";

const CASES = { measure: "cases", kind: "count", description: "案件数量" } as const;
const AMOUNT = { measure: "amountInvolved", kind: "amount", description: "涉案金额, yuan" } as const;

/** Market regulation (工商/市场监管): the enterprise register, trademarks, trade-secret and trademark cases. */
export const manifest: AgencyManifest = {
  name: "saic",
  port: 4003,
  agency: "SAIC",
  department: "工商行政管理部门",
  description: "Market regulation: enterprises, trademarks, trade-secret and trademark cases",
  probe: "saicCase",
  reportLines: [
    {
      line: "tradeSecretCases", type: "CaseTally", description: "侵犯商业秘密案件 (SAIC)", section: "paper", department: "行政执法部门",
      measures: [CASES, AMOUNT], rows: [{ item: "侵犯商业秘密案件", count: "cases", amount: "amountInvolved" }],
    },
    {
      line: "trademarkCases", type: "CaseTally", description: "侵犯商标权案件 (SAIC)", section: "paper", department: "行政执法部门",
      measures: [CASES, AMOUNT], rows: [{ item: "侵犯商标权案件", count: "cases", amount: "amountInvolved" }],
    },
  ],
  referable: [
    {
      caseType: "SAIC_CASE", typename: "SaicCase", dateField: "openedOn", list: "saicCases",
      facts: [
        { name: "category", type: { enum: "SaicCaseCategory", values: ["TRADE_SECRET", "TRADEMARK"] } },
        { name: "openedOn", type: "Date" },
        { name: "amountInvolved", type: "Decimal" },
        { name: "illegalGains", type: "Decimal", nullable: true },
        { name: "rightHolderLoss", type: "Decimal", nullable: true },
      ],
      thresholds: [
        { when: { category: "TRADE_SECRET" }, offence: "TRADE_SECRET_INFRINGEMENT", measures: { RIGHT_HOLDER_LOSS: "rightHolderLoss" } },
        { offence: "TRADEMARK_COUNTERFEITING", measures: { BUSINESS_VOLUME: "amountInvolved", ILLEGAL_GAINS: "illegalGains" } },
      ],
    },
  ],
  datasets: [{ name: "admin-cases", list: "saicCases", sourceType: "SAIC_CASE", description: "Trade-secret and trademark cases" }],
  imports: [{
    name: "saic-cases", stem: "SaicCases", input: "CreateSaicCaseInput",
    headings: { category: "案件类别", openedOn: "立案日期", trademarkViolation: "商标违法类型", trademarkRegistrationNumber: "商标注册号", online: "是否网络案件", illegalGains: "违法所得（元）", rightHolderLoss: "权利人损失（元）" },
    example: { caseNumber: "深市监稽罚〔2018〕101号", region: "440300", openedOn: "2018-03-01", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", rightHolderCreditCode: "91440300000000001H", foreignInvested: "是", amountInvolved: "125000.00", online: "否", description: "销售假冒注册商标的手表" },
  }],
  // records naming an enterprise by credit code (SAIC asks before withdrawing one)
  enterpriseRecords: [{ typename: "Trademark", field: "holderCreditCode", holder: true }],
  seed: [["Enterprise", "enterprises"], ["Trademark", "trademarks"], ["SaicCase", "cases"]],
};
