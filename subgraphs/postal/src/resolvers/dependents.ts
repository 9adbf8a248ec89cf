import { dependentsQuery } from "@ipr/shared";

/** postalDependents: the records of postal naming an enterprise (the registry's ENTERPRISE_RECORDS), asked by SAIC before it withdraws or corrects one. */
export const PostalDependents = dependentsQuery("postal", {});
