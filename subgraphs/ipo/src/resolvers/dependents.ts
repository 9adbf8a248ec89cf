import { dependentsQuery } from "@ipr/shared";

/** ipoDependents: the records of ipo naming an enterprise (the registry's ENTERPRISE_RECORDS), asked by SAIC before it withdraws or corrects one. */
export const IpoDependents = dependentsQuery("ipo", {});
