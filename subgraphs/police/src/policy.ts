import { PERSONAL_DATA_READERS, fieldPolicy, maskIdNumber, maskName } from "@ipr/shared";

/**
 * Who sees which police fields beyond the region rule (lookups and lists already keep every caller
 * to its own region). Everything not listed here is shared with every agency: sharing is the point.
 * The kit applies each rule to the field wherever this schema resolves it, so every path to a Person
 * (criminal cases, `person(id)`, `_entities` from the procuratorate, courts or linkage) gets the same rule.
 *
 * Suspects' personal data is for the criminal-justice agencies only (DESIGN.md access rules):
 * name and ID number keep a masked value others can still tell people apart by, as the contract
 * promises (`张*`, `440300***********5`); the date of birth has no useful mask, so others get null
 * and a FORBIDDEN error naming the field.
 */
export const POLICY = fieldPolicy({
  "Person.name": { readers: PERSONAL_DATA_READERS, mask: maskName },
  "Person.idNumber": { readers: PERSONAL_DATA_READERS, mask: maskIdNumber },
  "Person.birthDate": { readers: PERSONAL_DATA_READERS },
});
