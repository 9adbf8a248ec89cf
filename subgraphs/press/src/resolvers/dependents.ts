import { dependentsQuery } from "@ipr/shared";

/** pressDependents: the records of press naming an enterprise (the registry's ENTERPRISE_RECORDS), asked by SAIC before it withdraws or corrects one. */
export const PressDependents = dependentsQuery("press", {});
