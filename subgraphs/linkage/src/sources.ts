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
}

/** Where each kind of source case lives: its GraphQL type, owning subgraph and agency. */
export const SOURCES: Record<EnforcementCaseType, Source> = {
  SAIC_CASE: { typename: "SaicCase", subgraph: "saic", agency: Agency.SAIC, dateField: "openedOn" },
  PATENT_CASE: { typename: "PatentCase", subgraph: "ipo", agency: Agency.IPO, dateField: "openedOn" },
  COPYRIGHT_CASE: { typename: "CopyrightCase", subgraph: "press", agency: Agency.PRESS, dateField: "openedOn" },
  PLANT_VARIETY_CASE: { typename: "PlantVarietyCase", subgraph: "agriculture", agency: Agency.AGRICULTURE, dateField: "openedOn" },
  CUSTOMS_SEIZURE: { typename: "CustomsSeizure", subgraph: "customs", agency: Agency.CUSTOMS, dateField: "seizedOn" },
  POSTAL_INTERCEPTION: { typename: "PostalInterception", subgraph: "postal", agency: Agency.POSTAL, dateField: "interceptedOn" },
};

export const SOURCE_TYPES = Object.keys(SOURCES) as EnforcementCaseType[];
