import type { AgencyManifest } from "@ipr/shared";

/** Customs (海关): IP recordations, detentions of infringing goods, joint operations. */
export const manifest: AgencyManifest = {
  name: "customs",
  port: 4007,
  agency: "CUSTOMS",
  department: "海关",
  description: "Customs: IP recordations, detentions, joint operations",
  probe: "customsSeizure",
  reportLines: [
    {
      line: "customs", type: "CustomsTally", description: "Customs detentions as submitted", section: "supplement", department: "海关",
      measures: [
        { measure: "seizures", kind: "count" },
        { measure: "quantity", kind: "count", description: "Pieces of goods detained" },
        { measure: "goodsValue", kind: "amount", description: "Declared value of the goods, yuan" },
        { measure: "amountInvolved", kind: "amount", description: "Amount involved, yuan" },
      ],
      rows: [
        { item: "扣留侵权货物", count: "seizures", amount: "amountInvolved" },
        { item: "扣留货物数量（件）", count: "quantity" },
        { item: "扣留货物申报价值", amount: "goodsValue" },
      ],
    },
  ],
  referable: [
    {
      caseType: "CUSTOMS_SEIZURE", typename: "CustomsSeizure", dateField: "seizedOn", list: "customsSeizures",
      facts: [{ name: "seizedOn", type: "Date" }, { name: "amountInvolved", type: "Decimal" }],
      // overwhelmingly counterfeit marks: the goods' amount is measured as the business volume
      thresholds: [{ offence: "TRADEMARK_COUNTERFEITING", measures: { BUSINESS_VOLUME: "amountInvolved" } }],
    },
  ],
  datasets: [{ name: "admin-cases", list: "customsSeizures", sourceType: "CUSTOMS_SEIZURE", description: "Customs detentions" }],
  imports: [{
    name: "customs-seizures", stem: "CustomsSeizures", input: "RecordCustomsSeizureInput",
    headings: { seizedOn: "扣留日期", direction: "进出口", port: "口岸海关", goods: "货物", quantity: "数量（件）", declaredValue: "申报价值（元）", basis: "保护方式", recordationId: "备案编号（ID）", jointOperationId: "联合执法行动（ID）" },
    example: { caseNumber: "深关知扣〔2018〕15号", region: "440300", seizedOn: "2018-03-01", direction: "EXPORT", port: "深圳湾海关", goods: "假冒手表", quantity: "500", declaredValue: "25000.00", basis: "ON_APPLICATION", rightHolderCreditCode: "91440300000000001H", foreignInvested: "是", amountInvolved: "250000.00" },
  }],
  // records naming an enterprise by credit code (SAIC asks before withdrawing one)
  enterpriseRecords: [{ typename: "CustomsRecordation", field: "holderCreditCode", holder: true }],
  seed: [["CustomsRecordation", "recordations"], ["CustomsJointOperation", "jointOperations"], ["CustomsSeizure", "seizures"]],
};
