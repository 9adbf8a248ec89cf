import { encodeIdentity, SIGNATURE_WINDOW_MS, signRequest, verifySignedRequest, type Identity } from "./identity";
import { Agency } from "./agency";

const who: Identity = { sub: "u1", agency: Agency.SAIC, region: "440000", roles: [] };
const body = Buffer.from('{"query":"{ saicCases { totalCount } }"}');
const signed = (secret = "s1", now = Date.now(), b: string | Buffer = body) => signRequest(secret, encodeIdentity(who), b, now);

describe("gateway to subgraph signing", () => {
  test("a fresh signature over the exact body verifies", () => {
    expect(verifySignedRequest(signed(), body, ["s1"])).toEqual(who);
  });
  test("two secrets are accepted while rotating", () => {
    expect(verifySignedRequest(signed("old"), body, ["new", "old"])).toEqual(who);
  });
  test.each([
    ["no headers", () => verifySignedRequest({}, body, ["s1"])],
    ["a wrong secret", () => verifySignedRequest(signed("s2"), body, ["s1"])],
    ["another body", () => verifySignedRequest(signed(), Buffer.from('{"query":"{ x }"}'), ["s1"])],
    ["a stale timestamp", () => verifySignedRequest(signed("s1", Date.now() - SIGNATURE_WINDOW_MS - 1), body, ["s1"])],
    ["tampered identity", () => {
      const h = signed();
      h["x-ipr-identity"] = encodeIdentity({ ...who, region: "000000" });
      return verifySignedRequest(h, body, ["s1"]);
    }],
  ])("refuses %s", (_what, run) => {
    expect(run).toThrow();
  });
});
