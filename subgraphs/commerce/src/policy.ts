import { Agency } from "@ipr/shared";

/**
 * Who may do what with commerce's records. Reads follow the kit's region rule (lookups and lists keep
 * every caller to its own region); writes are the agency's own, inside its region. A field only some
 * agencies may read is protected here with the kit's `fieldPolicy` (see subgraphs/police/src/policy.ts).
 */
export const WRITER = Agency.COMMERCE;
