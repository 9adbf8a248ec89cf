/** The caller's token lives in this tab's sessionStorage only: never localStorage, a cookie or a URL. */
const KEY = "ipr.console.token";

export interface Claims {
  sub: string;
  agency: string;
  region: string;
  roles: string[];
  /** seconds since the epoch */
  exp: number;
}

export class TokenProblem extends Error {
  constructor(readonly reason: "malformed" | "expired", message: string) {
    super(message);
  }
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * The claims of a JWT, read for display only (the gateway verifies the signature). Throws
 * TokenProblem for a token that is not a JWT with the contract's claims, or that has expired.
 */
export function readClaims(token: string, nowSeconds = Date.now() / 1000): Claims {
  const parts = token.trim().split(".");
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) throw new TokenProblem("malformed", "not a JWT (three base64url parts separated by dots)");
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(base64UrlDecode(parts[1]));
  } catch {
    throw new TokenProblem("malformed", "the token's payload is not JSON");
  }
  const { sub, agency, region, roles, exp } = payload;
  if (typeof agency !== "string" || typeof region !== "string" || typeof exp !== "number")
    throw new TokenProblem("malformed", "the token lacks agency, region or exp");
  if (exp <= nowSeconds) throw new TokenProblem("expired", `the token expired at ${new Date(exp * 1000).toISOString()}`);
  return { sub: typeof sub === "string" ? sub : "", agency, region, roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === "string") : [], exp };
}

export const savedToken = (): string | null => sessionStorage.getItem(KEY);
export const saveToken = (token: string) => sessionStorage.setItem(KEY, token.trim());
export const clearToken = () => sessionStorage.removeItem(KEY);
