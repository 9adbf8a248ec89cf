import { registerEnumType } from "type-graphql";
import { Agency } from "./generated/registry";

/** The agencies come from their manifests (the registry); every subgraph's enum is identical. */
export { Agency };
registerEnumType(Agency, { name: "Agency", description: "A member agency of the national office's leading group" });

export const AGENCIES = Object.values(Agency);
export const isAgency = (value: unknown): value is Agency => AGENCIES.includes(value as Agency);
