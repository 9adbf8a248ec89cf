import { jwtVerify, SignJWT } from "jose";
import { parseIdentityClaims, unauthenticated, type Identity } from "@ipr/shared";

/** Tolerated clock difference between the token issuer and the gateway. */
const CLOCK_SKEW_SECONDS = 30;

/** Verifies `Authorization: Bearer <JWT>`: HS256 only (so `alg: none` and algorithm swaps fail), exp/nbf enforced. */
export async function identityFromAuthorization(header: string | undefined, secret: Uint8Array): Promise<Identity> {
  const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header ?? "");
  if (!match) throw unauthenticated("send Authorization: Bearer <token>");
  try {
    const { payload } = await jwtVerify(match[1], secret, { algorithms: ["HS256"], clockTolerance: CLOCK_SKEW_SECONDS, requiredClaims: ["exp"] });
    return parseIdentityClaims(payload);
  } catch (e) {
    throw unauthenticated(`invalid token: ${(e as Error).message}`);
  }
}

export interface TokenRequest {
  sub?: string;
  agency: string;
  region: string;
  roles?: string[];
  /** jose duration, e.g. "8h" */
  expiresIn?: string;
}

/** Issues a development token with the contract's claims. */
export async function issueToken(req: TokenRequest, secret: Uint8Array): Promise<string> {
  const identity = parseIdentityClaims({ sub: req.sub ?? `${req.agency.toLowerCase()}-${req.region}`, agency: req.agency, region: req.region, roles: req.roles ?? [] });
  return new SignJWT({ agency: identity.agency, region: identity.region, roles: identity.roles })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(identity.sub)
    .setIssuedAt()
    .setExpirationTime(req.expiresIn ?? "8h")
    .sign(secret);
}
