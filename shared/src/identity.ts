import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { Agency, isAgency } from "./agency";
import { isRegion } from "./regions";

/** The verified caller, as the gateway forwards it to every subgraph. */
export interface Identity {
  sub: string;
  agency: Agency;
  region: string;
  roles: string[];
}

export function parseIdentityClaims(claims: Record<string, unknown>): Identity {
  const { sub, agency, region, roles } = claims;
  if (typeof sub !== "string" || !sub) throw new Error("claim sub is missing");
  if (!isAgency(agency)) throw new Error(`claim agency must be one of the member agencies, got ${JSON.stringify(agency)}`);
  if (!isRegion(region, { allowNational: true })) throw new Error(`claim region must be a 6-digit region code, got ${JSON.stringify(region)}`);
  if (roles !== undefined && !(Array.isArray(roles) && roles.every((r) => typeof r === "string")))
    throw new Error("claim roles must be a list of strings");
  return { sub, agency, region, roles: (roles as string[] | undefined) ?? [] };
}

/** Headers the gateway adds to every subgraph request. */
export const IDENTITY_HEADER = "x-ipr-identity";
export const TIMESTAMP_HEADER = "x-ipr-timestamp";
export const SIGNATURE_HEADER = "x-ipr-signature";
/** A mutation's idempotency key, forwarded from the client's `Idempotency-Key`; covered by the signature. */
export const IDEMPOTENCY_HEADER = "x-ipr-idempotency-key";
/** How old a signature may be; with the timestamp inside the MAC this bounds replay. */
export const SIGNATURE_WINDOW_MS = 60_000;

export const DEV_SUBGRAPH_SECRET = "dev-subgraph-secret-change-me";

/** The secrets a subgraph accepts: `SUBGRAPH_SECRET`, plus `SUBGRAPH_SECRET_PREVIOUS` while rotating. */
export function subgraphSecrets(env = process.env): string[] {
  const current = env.SUBGRAPH_SECRET ?? DEV_SUBGRAPH_SECRET;
  return [current, env.SUBGRAPH_SECRET_PREVIOUS].filter((s): s is string => !!s);
}

// with an idempotency key, it is MACed too (base64url, so it cannot contain the separator): a key
// cannot be added to, removed from or swapped on a signed request
const mac = (secret: string, identity: string, timestamp: string, body: string | Buffer, idempotencyKey?: string) =>
  createHmac("sha256", secret)
    .update(`${identity}.${timestamp}.`)
    .update(idempotencyKey ? `key=${Buffer.from(idempotencyKey).toString("base64url")}.` : "")
    .update(createHash("sha256").update(body).digest("hex"))
    .digest("base64url");

export const encodeIdentity = (identity: Identity) => Buffer.from(JSON.stringify(identity)).toString("base64url");

/** Signs identity, time, the idempotency key if any, and the exact body bytes sent. */
export function signRequest(secret: string, encodedIdentity: string, body: string | Buffer, now = Date.now(), idempotencyKey?: string) {
  const timestamp = String(now);
  return {
    [IDENTITY_HEADER]: encodedIdentity,
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: mac(secret, encodedIdentity, timestamp, body, idempotencyKey),
    ...(idempotencyKey ? { [IDEMPOTENCY_HEADER]: idempotencyKey } : {}),
  };
}

/** Returns the identity of a correctly signed, fresh request, or throws saying why not. */
export function verifySignedRequest(
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
  secrets: string[],
  now = Date.now(),
): Identity {
  const get = (h: string) => (typeof headers[h] === "string" ? (headers[h] as string) : undefined);
  const identity = get(IDENTITY_HEADER), timestamp = get(TIMESTAMP_HEADER), signature = get(SIGNATURE_HEADER);
  const idempotencyKey = get(IDEMPOTENCY_HEADER);
  if (!identity || !timestamp || !signature) throw new Error("request is not signed by the gateway");
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > SIGNATURE_WINDOW_MS)
    throw new Error("gateway signature has expired");
  const given = Buffer.from(signature);
  const ok = secrets.some((secret) => {
    const expected = Buffer.from(mac(secret, identity, timestamp, body, idempotencyKey));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!ok) throw new Error("gateway signature does not match");
  return parseIdentityClaims(JSON.parse(Buffer.from(identity, "base64url").toString("utf8")));
}

/**
 * The gateway's own identity when it delivers audit entries to the office. No caller's token may
 * claim it (the gateway refuses such tokens), so only a request the gateway itself signs carries it.
 */
export const AUDIT_WRITER: Identity = { sub: "ipr-gateway", agency: Agency.OFFICE, region: "000000", roles: ["audit-writer"] };
export const isServiceIdentityClaim = (identity: Identity) => identity.sub === AUDIT_WRITER.sub || identity.roles.includes("audit-writer");
