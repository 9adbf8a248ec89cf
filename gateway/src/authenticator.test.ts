import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { createAuthenticator, issueToken } from "./auth";
import { DEV_JWT_SECRET } from "./config";

// Verification with an agency's own identity provider (a JWKS), issuer and audience.

const claims = { agency: "CUSTOMS", region: "440300" };
let rsa: { privateKey: KeyLike; publicKey: KeyLike };
let jwksFile: string;
beforeAll(async () => {
  rsa = await generateKeyPair("RS256");
  jwksFile = join(mkdtempSync(join(tmpdir(), "ipr-jwks-")), "jwks.json");
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(rsa.publicKey)), kid: "idp-1", alg: "RS256", use: "sig" }] }));
});

const rs256 = (opts: { iss?: string; aud?: string; kid?: string } = {}) => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: opts.kid ?? "idp-1" }).setSubject("officer-7").setIssuedAt().setExpirationTime("1h");
  if (opts.iss) jwt.setIssuer(opts.iss);
  if (opts.aud) jwt.setAudience(opts.aud);
  return jwt.sign(rsa.privateKey);
};
const refused = { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } };

test("RS256 against a JWKS file", async () => {
  const authenticate = createAuthenticator({ algorithms: ["RS256"], jwksFile }, DEV_JWT_SECRET);
  await expect(authenticate(`Bearer ${await rs256()}`)).resolves.toEqual({ sub: "officer-7", ...claims, roles: [] });
  // a token signed with another key, or naming an unknown key, fails
  const other = await generateKeyPair("RS256");
  const forged = await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "idp-1" }).setSubject("x").setExpirationTime("1h").sign(other.privateKey);
  await expect(authenticate(`Bearer ${forged}`)).rejects.toMatchObject(refused);
  await expect(authenticate(`Bearer ${await rs256({ kid: "idp-2" })}`)).rejects.toMatchObject(refused);
});

test("algorithm confusion: an HS256 token is refused when only RS256 is allowed, whatever its key", async () => {
  const authenticate = createAuthenticator({ algorithms: ["RS256"], jwksFile }, DEV_JWT_SECRET);
  const hs = await issueToken({ agency: "CUSTOMS", region: "440300" }, new TextEncoder().encode(DEV_JWT_SECRET));
  await expect(authenticate(`Bearer ${hs}`)).rejects.toMatchObject(refused);
  // the classic confusion: HMAC keyed with the RSA public key's bytes
  const publicJwk = JSON.stringify(await exportJWK(rsa.publicKey));
  const confused = await new SignJWT(claims).setProtectedHeader({ alg: "HS256", kid: "idp-1" }).setSubject("x").setExpirationTime("1h").sign(new TextEncoder().encode(publicJwk));
  await expect(authenticate(`Bearer ${confused}`)).rejects.toMatchObject(refused);
});

test("both families: HS* only with the shared secret, RS* only with the JWKS", async () => {
  const authenticate = createAuthenticator({ algorithms: ["HS256", "RS256"], jwksFile }, DEV_JWT_SECRET);
  const hs = await issueToken({ agency: "SAIC", region: "440000" }, new TextEncoder().encode(DEV_JWT_SECRET));
  await expect(authenticate(`Bearer ${hs}`)).resolves.toMatchObject({ agency: "SAIC" });
  await expect(authenticate(`Bearer ${await rs256()}`)).resolves.toMatchObject({ agency: "CUSTOMS" });
});

test("iss and aud are checked when configured", async () => {
  const authenticate = createAuthenticator({ algorithms: ["RS256"], jwksFile, issuer: ["https://idp.customs.gov.cn"], audience: ["ipr-gateway"] }, DEV_JWT_SECRET);
  await expect(authenticate(`Bearer ${await rs256({ iss: "https://idp.customs.gov.cn", aud: "ipr-gateway" })}`)).resolves.toMatchObject({ sub: "officer-7" });
  await expect(authenticate(`Bearer ${await rs256({ iss: "https://evil.example", aud: "ipr-gateway" })}`)).rejects.toMatchObject(refused);
  await expect(authenticate(`Bearer ${await rs256({ iss: "https://idp.customs.gov.cn", aud: "another-service" })}`)).rejects.toMatchObject(refused);
  await expect(authenticate(`Bearer ${await rs256()}`)).rejects.toMatchObject(refused); // neither claim
});
