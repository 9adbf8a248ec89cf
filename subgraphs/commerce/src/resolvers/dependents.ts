import { dependentsQuery } from "@ipr/shared";

/** commerceDependents: the records of commerce naming an enterprise (the registry's ENTERPRISE_RECORDS), asked by SAIC before it withdraws or corrects one. */
export const CommerceDependents = dependentsQuery("commerce", {});
