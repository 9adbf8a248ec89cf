import { registerEnumType } from "type-graphql";
import { Agency, type SubgraphName } from "@ipr/shared";

/** The administrative cases that can be referred to the police, one per admin agency's case entity. */
export enum EnforcementCaseType {
  SAIC_CASE = "SAIC_CASE",
  PATENT_CASE = "PATENT_CASE",
  COPYRIGHT_CASE = "COPYRIGHT_CASE",
  PLANT_VARIETY_CASE = "PLANT_VARIETY_CASE",
  CUSTOMS_SEIZURE = "CUSTOMS_SEIZURE",
  POSTAL_INTERCEPTION = "POSTAL_INTERCEPTION",
}
registerEnumType(EnforcementCaseType, { name: "EnforcementCaseType", description: "The kind of administrative case a referral comes from" });

export interface Source {
  typename: string;
  subgraph: SubgraphName;
  agency: Agency;
  /** The case's own date: a referral cannot precede it. */
  dateField: string;
  /** The owner's list field (a Relay connection taking the kit's AdminCaseFilter). */
  list: string;
}

/** Where each kind of source case lives: its GraphQL type, owning subgraph and agency. */
export const SOURCES: Record<EnforcementCaseType, Source> = {
  SAIC_CASE: { typename: "SaicCase", subgraph: "saic", agency: Agency.SAIC, dateField: "openedOn", list: "saicCases" },
  PATENT_CASE: { typename: "PatentCase", subgraph: "ipo", agency: Agency.IPO, dateField: "openedOn", list: "patentCases" },
  COPYRIGHT_CASE: { typename: "CopyrightCase", subgraph: "press", agency: Agency.PRESS, dateField: "openedOn", list: "copyrightCases" },
  PLANT_VARIETY_CASE: { typename: "PlantVarietyCase", subgraph: "agriculture", agency: Agency.AGRICULTURE, dateField: "openedOn", list: "plantVarietyCases" },
  CUSTOMS_SEIZURE: { typename: "CustomsSeizure", subgraph: "customs", agency: Agency.CUSTOMS, dateField: "seizedOn", list: "customsSeizures" },
  POSTAL_INTERCEPTION: { typename: "PostalInterception", subgraph: "postal", agency: Agency.POSTAL, dateField: "interceptedOn", list: "postalInterceptions" },
};

export const SOURCE_TYPES = Object.keys(SOURCES) as EnforcementCaseType[];
