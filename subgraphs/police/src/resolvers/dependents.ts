import { dependentsQuery } from "@ipr/shared";

/** policeDependents: the records of police naming an enterprise (the registry's ENTERPRISE_RECORDS), asked by SAIC before it withdraws or corrects one. */
export const PoliceDependents = dependentsQuery("police", {});
