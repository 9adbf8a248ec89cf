import { readFileSync } from "node:fs";
import type { NextFunction, Request, Response } from "express";
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, SignJWT, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { isServiceIdentityClaim, parseIdentityClaims, unauthenticated, type Identity } from "@ipr/shared";
import type { AuthSettings } from "./config";
import { sendRefusal } from "./limits/errors";

/** Tolerated clock difference between the token issuer and the gateway (exp, nbf, iat). */
const CLOCK_SKEW_SECONDS = 30;

/** Verifies an `Authorization` header and returns the caller, or throws UNAUTHENTICATED (HTTP 401). */
export type Authenticator = (authorization: string | undefined) => Promise<Identity>;

export interface VerificationOptions {
  /** Key of the HS* algorithms */
  secret?: Uint8Array;
  /** Keys of the asymmetric algorithms (a JWKS) */
  jwks?: JWTVerifyGetKey;
  /** The only algorithms accepted */
  algorithms: string[];
  issuer?: string[];
  audience?: string[];
}

/**
 * Verifies `Authorization: Bearer <JWT>` against a pinned algorithm list (so `alg: none` and algorithm
 * swaps fail): HS* with the shared secret only, RS/PS/ES/EdDSA with the JWKS only; `exp` required,
 * `exp`/`nbf` enforced with a small clock skew, `iss`/`aud` when configured; the claims must be the
 * contract's (`sub`, agency, 6-digit region, roles). Given only a secret: HS256 with that secret.
 */
export async function identityFromAuthorization(header: string | undefined, key: Uint8Array | VerificationOptions): Promise<Identity> {
  const options: VerificationOptions = key instanceof Uint8Array ? { secret: key, algorithms: ["HS256"] } : key;
  const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header ?? "");
  if (!match) throw unauthenticated("send Authorization: Bearer <token>");
  const getKey: JWTVerifyGetKey = async (protectedHeader, token) => {
    // jose has already refused an algorithm outside `algorithms`; each family has its own key
    if (protectedHeader.alg.startsWith("HS")) {
      if (!options.secret) throw new errors.JOSENotSupported("no shared secret for HS algorithms");
      return options.secret;
    }
    if (!options.jwks) throw new errors.JWKSNoMatchingKey();
    return options.jwks(protectedHeader, token);
  };
  try {
    const { payload } = await jwtVerify(match[1], getKey, {
      algorithms: options.algorithms,
      clockTolerance: CLOCK_SKEW_SECONDS,
      requiredClaims: ["exp"],
      ...(options.issuer?.length ? { issuer: options.issuer } : {}),
      ...(options.audience?.length ? { audience: options.audience } : {}),
    });
    const identity = parseIdentityClaims(payload);
    // the gateway's own service identity is never granted to a caller
    if (isServiceIdentityClaim(identity)) throw new Error("the token claims the gateway's service identity");
    return identity;
  } catch (e) {
    throw unauthenticated(`invalid token: ${(e as Error).message}`);
  }
}

/** The authenticator of a gateway: the settings' algorithms with JWT_SECRET and the JWKS (a file is read now). */
export function createAuthenticator(settings: AuthSettings, jwtSecret: string): Authenticator {
  let jwks: JWTVerifyGetKey | undefined;
  if (settings.jwksFile) {
    const set = JSON.parse(readFileSync(settings.jwksFile, "utf8")) as JSONWebKeySet;
    if (!Array.isArray(set?.keys)) throw new Error(`JWT_JWKS_FILE ${settings.jwksFile}: not a JWKS (no "keys" array)`);
    jwks = createLocalJWKSet(set);
  } else if (settings.jwksUrl) {
    jwks = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
  }
  const options: VerificationOptions = {
    secret: new TextEncoder().encode(jwtSecret),
    jwks,
    algorithms: settings.algorithms,
    issuer: settings.issuer,
    audience: settings.audience,
  };
  return (header) => identityFromAuthorization(header, options);
}

/** The caller verified by `authenticateRequests`, if any. */
export const requestIdentity = (res: Response): Identity | undefined => res.locals.identity as Identity | undefined;

/**
 * Express middleware in front of /graphql and /reports: verifies the token once and keeps the
 * caller in `res.locals.identity`. A missing or bad token is refused here with 401 and nothing runs;
 * only a GET without any Authorization goes on (the landing page; a GET operation is refused by the
 * GraphQL context, an export by its route).
 */
export function authenticateRequests(authenticate: Authenticator) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    if (header === undefined && (req.method === "GET" || req.method === "HEAD")) return next();
    try {
      res.locals.identity = await authenticate(header);
    } catch (e) {
      return sendRefusal(res, 401, "UNAUTHENTICATED", (e as Error).message);
    }
    next();
  };
}

export interface TokenRequest {
  sub?: string;
  agency: string;
  region: string;
  roles?: string[];
  /** jose duration, e.g. "8h" */
  expiresIn?: string;
  /** `iss`, when the gateway checks it (JWT_ISSUER) */
  issuer?: string;
  /** `aud`, when the gateway checks it (JWT_AUDIENCE) */
  audience?: string | string[];
}

/** Issues a development token (HS256) with the contract's claims. */
export async function issueToken(req: TokenRequest, secret: Uint8Array): Promise<string> {
  const identity = parseIdentityClaims({ sub: req.sub ?? `${req.agency.toLowerCase()}-${req.region}`, agency: req.agency, region: req.region, roles: req.roles ?? [] });
  const jwt = new SignJWT({ agency: identity.agency, region: identity.region, roles: identity.roles })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(identity.sub)
    .setIssuedAt()
    .setExpirationTime(req.expiresIn ?? "8h");
  if (req.issuer) jwt.setIssuer(req.issuer);
  if (req.audience) jwt.setAudience(req.audience);
  return jwt.sign(secret);
}
