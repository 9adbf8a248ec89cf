/** GB 11643-1999 resident identity number: 17 digits and an ISO 7064 MOD 11-2 check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

export function isIdNumber(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{17}[\dX]$/.test(value)) return false;
  const y = +value.slice(6, 10), m = +value.slice(10, 12), d = +value.slice(12, 14);
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || y < 1900) return false;
  return idNumberCheckChar(value.slice(0, 17)) === value[17];
}

export function makeIdNumber(region: string, birthDate: string, serial: number): string {
  const first17 = `${region}${birthDate.replace(/-/g, "")}${String(serial % 1000).padStart(3, "0")}`;
  return first17 + idNumberCheckChar(first17);
}

/** What callers outside the criminal-justice agencies see: region digits and the check character only. */
export const maskIdNumber = (value: string) => `${value.slice(0, 6)}${"*".repeat(11)}${value.slice(17)}`;
export const maskName = (value: string) => (value ? `${[...value][0]}${"*".repeat(Math.max([...value].length - 1, 1))}` : value);
