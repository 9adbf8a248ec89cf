import { registerEnumType } from "type-graphql";

/** The agencies of the contract; also the `agency` claim of a caller. Shared so every subgraph's enum is identical. */
export enum Agency {
  OFFICE = "OFFICE",
  SAIC = "SAIC",
  IPO = "IPO",
  PRESS = "PRESS",
  AGRICULTURE = "AGRICULTURE",
  CUSTOMS = "CUSTOMS",
  POSTAL = "POSTAL",
  POLICE = "POLICE",
  PROCURATORATE = "PROCURATORATE",
  COURTS = "COURTS",
}
registerEnumType(Agency, { name: "Agency", description: "A member agency of the national office's leading group" });

export const AGENCIES = Object.values(Agency);
export const isAgency = (value: unknown): value is Agency => AGENCIES.includes(value as Agency);
