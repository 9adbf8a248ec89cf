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
  seed: [["PostalInterception", "interceptions"], ["CourierComplianceCheck", "complianceChecks"]],
};
