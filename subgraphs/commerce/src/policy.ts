import { Agency, fieldPolicy, maskName, type Identity } from "@ipr/shared";
import type { Complaint } from "./entities/complaint";
import { handles } from "./workflow";

/** A phone number with all but its first 3 and last 2 digits starred: 138******78. */
export const maskPhone = (value: string) => {
  const digits = value.replace(/\D/g, "");
  return digits.length <= 5 ? "*".repeat(digits.length) : `${digits.slice(0, 3)}${"*".repeat(digits.length - 5)}${digits.slice(-2)}`;
};

/**
 * Who sees which commerce fields beyond the region rule (callers see complaints recorded in or routed
 * to their region). The complainant's contact person and phone are personal data: COMMERCE (the
 * complaint centre) and the agency handling the complaint see them; every other agency gets them
 * masked (张*, 138******78). The kit applies it to every path to a Complaint.
 */
const CONTACT = { readers: [Agency.COMMERCE], alsoReads: (c: Complaint, who: Identity) => handles(c, who) };
export const POLICY = fieldPolicy({
  "Complaint.contactName": { ...CONTACT, mask: maskName },
  "Complaint.contactPhone": { ...CONTACT, mask: maskPhone },
});
