import { registerEnumType } from "type-graphql";
import { Agency, type SubgraphName } from "@ipr/shared";

/** The administrative cases that can be referred to the police, one per admin agency's case entity. */
export enum EnforcementCaseType {
  SAIC_CASE = "SAIC_CASE",
}
registerEnumType(EnforcementCaseType, { name: "EnforcementCaseType", description: "The kind of administrative case a referral comes from" });

/** Where each kind of source case lives: its GraphQL type, owning subgraph and agency. */
export const SOURCES: Record<EnforcementCaseType, { typename: string; subgraph: SubgraphName; agency: Agency }> = {
  [EnforcementCaseType.SAIC_CASE]: { typename: "SaicCase", subgraph: "saic", agency: Agency.SAIC },
};

export const sourceTypeOf = (typename: string) =>
  (Object.keys(SOURCES) as EnforcementCaseType[]).find((type) => SOURCES[type].typename === typename);
