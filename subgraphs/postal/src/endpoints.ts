import { assertRegion, badInput } from "@ipr/shared";

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes. The kit has regions but no countries, and a
 * parcel's foreign end must be a real country, not any two letters. HK, MO and TW are outside the
 * GB/T 2260 codes the kit accepts, so a parcel from there is named by its ISO code and counts as cross-border.
 */
const ISO_3166_ALPHA_2 = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
   CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
   GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
   KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT
   MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
   SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
   UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/),
);

export const isCountryCode = (code: string) => ISO_3166_ALPHA_2.has(code);

/** One end of a parcel's journey, normalised: a region code at home or a country code abroad. */
export interface Endpoint {
  code: string;
  abroad: boolean;
}

/** `origin` / `destination`: a GB/T 2260 region code inside China, or an ISO 3166-1 alpha-2 code outside it. */
export function checkEndpoint(value: string, field: string): Endpoint {
  const code = value.trim().toUpperCase();
  if (/^\d+$/.test(code)) return { code: assertRegion(code, field), abroad: false };
  // one spelling per place: a mainland end is always its region code, so lists and counts group cleanly
  if (code === "CN") throw badInput(field, "a place in mainland China is given as its 6-digit GB/T 2260 region code, not CN");
  if (!isCountryCode(code))
    throw badInput(field, `${JSON.stringify(value)} is neither a 6-digit GB/T 2260 region code nor an ISO 3166-1 alpha-2 country code`);
  return { code, abroad: true };
}

/** Waybill numbers (运单号) of Chinese couriers and of the UPU S10 format: letters, digits and dashes. */
export const TRACKING_NUMBER = /^[A-Z0-9-]{8,40}$/;
