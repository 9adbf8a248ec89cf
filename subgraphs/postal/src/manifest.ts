import type { AgencyManifest } from "@ipr/shared";

/** The postal administration (邮政管理): parcel-channel security and intercepted infringing items. */
export const manifest: AgencyManifest = {
  name: "postal",
  port: 4008,
  agency: "POSTAL",
  department: "邮政管理部门",
  description: "The postal administration: interceptions and courier compliance checks",
  probe: "postalInterception",
  reportLines: [
    {
      line: "postal", type: "PostalTally", description: "Postal interceptions as submitted", section: "supplement", department: "邮政管理部门",
      measures: [
        { measure: "interceptions", kind: "count" },
        { measure: "items", kind: "count", description: "Items in the intercepted parcels" },
        { measure: "crossBorder", kind: "count", description: "Of which cross-border e-commerce parcels" },
        { measure: "amountInvolved", kind: "amount", description: "Amount involved, yuan" },
      ],
      rows: [
        { item: "截获侵权寄递物品", count: "interceptions", amount: "amountInvolved" },
        { item: "截获物品件数", count: "items" },
        { item: "其中跨境电商包裹", count: "crossBorder" },
      ],
    },
  ],
  referable: [
    {
      caseType: "POSTAL_INTERCEPTION", typename: "PostalInterception", dateField: "interceptedOn", list: "postalInterceptions",
      facts: [{ name: "interceptedOn", type: "Date" }, { name: "amountInvolved", type: "Decimal" }],
      thresholds: [{ offence: "TRADEMARK_COUNTERFEITING", measures: { BUSINESS_VOLUME: "amountInvolved" } }],
    },
  ],
  datasets: [{ name: "admin-cases", list: "postalInterceptions", sourceType: "POSTAL_INTERCEPTION", description: "Postal interceptions" }],
  imports: [{
    name: "postal-interceptions", stem: "PostalInterceptions", input: "RecordPostalInterceptionInput",
    headings: { interceptedOn: "查获日期", trackingNumber: "运单号", courierCreditCode: "寄递企业统一社会信用代码", courierName: "寄递企业名称", origin: "寄出地", destination: "寄达地", crossBorderECommerce: "是否跨境电商", control: "查获环节", goods: "物品", itemCount: "件数" },
    example: { caseNumber: "深邮管截〔2018〕9号", region: "440300", interceptedOn: "2018-03-01", trackingNumber: "SF1234567890", courierCreditCode: "91440300000000002L", courierName: "某快递有限公司", origin: "440300", destination: "US", crossBorderECommerce: "是", control: "XRAY", goods: "假冒耳机", itemCount: "20", rightHolderCreditCode: "91440300000000001H", foreignInvested: "是", amountInvolved: "8000.00" },
  }],
  // records naming an enterprise by credit code (SAIC asks before withdrawing one)
  enterpriseRecords: [{ typename: "PostalInterception", field: "courierCreditCode" }, { typename: "CourierComplianceCheck", field: "courierCreditCode" }],
  seed: [["PostalInterception", "interceptions"], ["CourierComplianceCheck", "complianceChecks"]],
};
