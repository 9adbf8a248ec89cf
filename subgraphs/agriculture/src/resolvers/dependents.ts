import { dependentsQuery } from "@ipr/shared";

/** agricultureDependents: the records of agriculture naming an enterprise (the registry's ENTERPRISE_RECORDS), asked by SAIC before it withdraws or corrects one. */
export const AgricultureDependents = dependentsQuery("agriculture", {});
