import { procuratorialDecision } from "./procuratorial-decision";

/** Reviews for prosecution (审查起诉), one row each. */
export const prosecutions = procuratorialDecision("prosecutions", "ProsecutionFilter", "PROSECUTED or NOT_PROSECUTED");
