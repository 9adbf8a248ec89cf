/** GB 32100-2015 unified social credit code: 18 characters from a 31-symbol alphabet, weighted MOD 31 check. */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function isCreditCode(code: unknown): code is string {
  if (typeof code !== "string" || code.length !== 18) return false;
  // positions 3-8 are the registering authority's region code: digits only
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

/** Builds a valid code for demo and test data: `91` (enterprise, company) + region + a 9-char organisation code. */
export function makeCreditCode(region: string, serial: number): string {
  let org = "";
  for (let n = serial, i = 0; i < 9; i++, n = Math.floor(n / 31)) org = ALPHABET[n % 31] + org;
  const body = `91${region}${org}`;
  return body + creditCodeCheckChar(body);
}
