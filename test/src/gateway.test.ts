import { readFileSync } from "node:fs";
import { SignJWT, UnsecuredJWT } from "jose";
import { DEV_JWT_SECRET, SUPERGRAPH_PATH } from "@ipr/gateway";
import { composeSupergraph } from "@ipr/infra";
import { callSubgraph, identity } from "@ipr/shared/testing";
import { startPlatform, token, type Platform } from "./platform";
import { runChain } from "./chain";

let p: Platform;
let caseId: string;
beforeAll(async () => {
  p = await startPlatform();
  caseId = (await runChain(p, "440300")).saicCaseId;
});
afterAll(() => p?.stop());

const QUERY = `query($id: ID!) { saicCase(id: $id) { caseNumber } }`;
const claims = { agency: "SAIC", region: "440000" };
const sign = (payload: Record<string, unknown>, opts: { secret?: string; alg?: string; exp?: number | string; nbf?: number | string } = {}) => {
  const jwt = new SignJWT(payload).setProtectedHeader({ alg: opts.alg ?? "HS256" }).setSubject("tester").setIssuedAt();
  if (opts.exp !== undefined) jwt.setExpirationTime(opts.exp);
  if (opts.nbf !== undefined) jwt.setNotBefore(opts.nbf);
  return jwt.sign(new TextEncoder().encode(opts.secret ?? DEV_JWT_SECRET));
};

describe("authentication at the gateway", () => {
  test("a valid token reads", async () => {
    const res = await p.query({ authorization: `Bearer ${await token("SAIC", "440000")}` }, QUERY, { id: caseId });
    expect(res.errors).toBeUndefined();
    expect(res.data.saicCase.caseNumber).toBeTruthy();
  });

  const bad: Array<[string, () => Promise<string | undefined>]> = [
    ["no Authorization header", async () => undefined],
    ["a non-Bearer scheme", async () => `Basic ${Buffer.from("a:b").toString("base64")}`],
    ["an expired token", async () => `Bearer ${await sign(claims, { exp: Math.floor(Date.now() / 1000) - 3600 })}`],
    ["a token not yet valid", async () => `Bearer ${await sign(claims, { exp: "2h", nbf: Math.floor(Date.now() / 1000) + 3600 })}`],
    ["a token without expiry", async () => `Bearer ${await sign(claims)}`],
    ["a token signed with another secret", async () => `Bearer ${await sign(claims, { exp: "1h", secret: "another-secret-of-enough-length-0123456789" })}`],
    ["alg: none", async () => `Bearer ${new UnsecuredJWT({ ...claims, sub: "x" }).setExpirationTime("1h").encode()}`],
    ["an algorithm swap to HS512", async () => `Bearer ${await sign(claims, { exp: "1h", alg: "HS512" })}`],
    ["tampered claims", async () => {
      const [h, , s] = (await sign(claims, { exp: "1h" })).split(".");
      const body = Buffer.from(JSON.stringify({ ...claims, region: "000000", agency: "OFFICE", sub: "x", exp: 9999999999 })).toString("base64url");
      return `Bearer ${h}.${body}.${s}`;
    }],
    ["an unknown agency", async () => `Bearer ${await sign({ agency: "MINISTRY_OF_MAGIC", region: "440000" }, { exp: "1h" })}`],
    ["a malformed region", async () => `Bearer ${await sign({ agency: "SAIC", region: "44" }, { exp: "1h" })}`],
    ["garbage", async () => "Bearer abc.def.ghi"],
  ];
  test.each(bad)("%s gets 401 UNAUTHENTICATED and no data", async (_what, authorization) => {
    const res = await p.query({ authorization: await authorization() }, QUERY, { id: caseId });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.data ?? null).toBeNull();
  });

  test("/health is open", async () => {
    const res = await fetch(p.gateway.url.replace("/graphql", "/health"));
    expect(res.status).toBe(200);
  });
});

describe("gateway to subgraph trust", () => {
  test.each(["saic", "linkage", "police"])("a direct unsigned or forged call to %s gets no data", async (name) => {
    const url = p.subgraphs[name].url;
    for (const opts of [{ sign: false }, { secret: "not-the-subgraph-secret" }]) {
      const res = await callSubgraph(url, identity("OFFICE"), `{ _service { sdl } }`, {}, opts);
      expect(res.status).toBe(401);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("composition", () => {
  test("the committed supergraph.graphql is what the subgraphs compose to (run `npm run compose` if not)", async () => {
    expect(readFileSync(SUPERGRAPH_PATH, "utf8")).toBe(await composeSupergraph());
  });
});
