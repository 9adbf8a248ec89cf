import { fieldPolicy } from "@ipr/shared";

/**
 * Who sees which courts fields beyond the region rule (lookups and lists already keep every caller
 * to its own region). The courts hold no personal data of their own: a sentence names its defendant
 * only by the police's Person id, and `Sentence.person` is resolved by the police under their
 * policy (name and ID number masked, date of birth FORBIDDEN outside POLICE, PROCURATORATE and
 * COURTS). A field added here is enforced on the resolvers carrying `@EnforcePolicy(POLICY)`.
 */
export const POLICY = fieldPolicy({});
