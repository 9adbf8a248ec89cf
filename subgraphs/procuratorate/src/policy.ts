import { PERSONAL_DATA_READERS, fieldPolicy, maskName } from "@ipr/shared";

/**
 * Who sees which procuratorate fields beyond the region rule (lookups and lists already keep every
 * caller to its own region). Everything not listed is shared with every agency. The kit applies
 * each rule on every path to the field.
 *
 * Suspects and defendants reached through arrest reviews and prosecutions are the police's Person:
 * the police's policy masks them. The procuratorate's own personal data is the name of an official
 * under investigation for a duty crime: masked (张*) outside criminal justice, like a suspect's.
 */
export const POLICY = fieldPolicy({
  "MisconductCase.officialName": { readers: PERSONAL_DATA_READERS, mask: maskName },
});
