import type { AgencyManifest } from "@ipr/shared";

/** Agriculture and forestry (农业、林业): plant-variety rights and counterfeit seeds. */
export const manifest: AgencyManifest = {
  name: "agriculture",
  port: 4006,
  agency: "AGRICULTURE",
  department: "农业、林业部门",
  description: "Agriculture and forestry: plant varieties and plant-variety cases",
  probe: "plantVarietyCase",
  reportLines: [
    {
      line: "plantVarietyCases", type: "CaseTally", description: "侵犯植物新品种权案件 (AGRICULTURE)", section: "paper", department: "行政执法部门",
      measures: [{ measure: "cases", kind: "count", description: "案件数量" }, { measure: "amountInvolved", kind: "amount", description: "涉案金额, yuan" }],
      rows: [{ item: "侵犯植物新品种权案件", count: "cases", amount: "amountInvolved" }],
    },
  ],
  referable: [
    {
      caseType: "PLANT_VARIETY_CASE", typename: "PlantVarietyCase", dateField: "openedOn", list: "plantVarietyCases",
      facts: [{ name: "openedOn", type: "Date" }, { name: "amountInvolved", type: "Decimal" }],
      // no criminal threshold of its own: counterfeit seeds are prosecuted as other offences
      thresholds: [],
    },
  ],
  datasets: [{ name: "admin-cases", list: "plantVarietyCases", sourceType: "PLANT_VARIETY_CASE", description: "Plant-variety cases" }],
  imports: [{
    name: "plant-variety-cases", stem: "PlantVarietyCases", input: "CreatePlantVarietyCaseInput",
    headings: { sector: "行业", category: "案件类别", openedOn: "立案日期", rightNumber: "品种权号", seedQuantityKg: "种子数量（千克）", seedlingCount: "种苗株数" },
    example: { caseNumber: "粤农（种子）罚〔2018〕3号", region: "440300", openedOn: "2018-03-01", sector: "AGRICULTURE", category: "COUNTERFEIT_SEEDS", rightHolderCreditCode: "91440300000000001H", foreignInvested: "否", amountInvolved: "42000.00", seedQuantityKg: "1200" },
  }],
  // records naming an enterprise by credit code (SAIC asks before withdrawing one)
  enterpriseRecords: [{ typename: "PlantVariety", field: "holderCreditCode", holder: true }],
  seed: [["PlantVariety", "varieties"], ["PlantVarietyCase", "cases"]],
};
