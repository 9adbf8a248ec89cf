import { DEV_JWT_SECRET, SUPERGRAPH_PATH, configFromEnv } from "./config";
import { identityFromAuthorization, issueToken } from "./auth";

const secret = new TextEncoder().encode(DEV_JWT_SECRET);

describe("tokens", () => {
  test("an issued token verifies back to the same identity", async () => {
    const token = await issueToken({ agency: "SAIC", region: "440000", sub: "li.hua", roles: ["reporter"] }, secret);
    await expect(identityFromAuthorization(`Bearer ${token}`, secret)).resolves.toEqual({ sub: "li.hua", agency: "SAIC", region: "440000", roles: ["reporter"] });
  });
  test("issuing refuses claims outside the contract", async () => {
    await expect(issueToken({ agency: "NOBODY", region: "440000" }, secret)).rejects.toThrow(/agency/);
    await expect(issueToken({ agency: "SAIC", region: "4400" }, secret)).rejects.toThrow(/region/);
  });
  test("verification reports UNAUTHENTICATED with HTTP 401", async () => {
    await expect(identityFromAuthorization("Bearer x.y.z", secret)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  });
});

describe("configuration", () => {
  test("development defaults outside production, refused in production", () => {
    expect(configFromEnv({ SUPERGRAPH_PATH }).jwtSecret).toBe(DEV_JWT_SECRET);
    expect(() => configFromEnv({ NODE_ENV: "production", SUPERGRAPH_PATH })).toThrow(/JWT_SECRET/);
    expect(() => configFromEnv({ NODE_ENV: "production", SUPERGRAPH_PATH, JWT_SECRET: "x".repeat(40), SUBGRAPH_SECRET: "y".repeat(40) })).not.toThrow();
    expect(() => configFromEnv({ SUPERGRAPH_PATH, JWT_SECRET: "short" })).toThrow(/32 bytes/);
  });
  test("subgraph URLs come from the service map unless overridden", () => {
    const config = configFromEnv({ SUPERGRAPH_PATH, SUBGRAPH_URL_POLICE: "http://police.ipr.svc/graphql" });
    expect(config.subgraphUrls.saic).toBe("http://127.0.0.1:4003/graphql");
    expect(config.subgraphUrls.police).toBe("http://police.ipr.svc/graphql");
  });
});
