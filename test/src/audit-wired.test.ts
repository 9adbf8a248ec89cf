import { startPlatform, type Platform } from "./platform";
import { runChain } from "./chain";

let p: Platform;
beforeAll(async () => {
  p = await startPlatform(undefined, { audit: true });
});
afterAll(() => p?.stop());

const ENTRIES = `query($name: String) { auditEntries(first: 50, filter: { operationName: $name }) { edges { node {
  sub agency region operationName operationType outcome subgraphs variables errorCodes } } } }`;

/** The audit sink delivers in batches every half second: poll the office until the entry is there. */
async function entriesOf(name: string, expected: number) {
  for (let i = 0; i < 40; i++) {
    const res = await p.query({ agency: "OFFICE", region: "000000", sub: "auditor" }, ENTRIES, { name });
    const nodes = (res.data?.auditEntries.edges ?? []).map((e: any) => e.node);
    if (nodes.length >= expected) return nodes;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no audit entries for ${name}`);
}

describe("the gateway records every operation in the office's audit trail", () => {
  test("who, what, which subgraphs, the outcome; personal data in variables redacted", async () => {
    const chain = await runChain(p, "440300");
    const q = `query TraceForAudit($id: ID!) { saicCase(id: $id) { referrals { criminalCase { suspects { name } } } } }`;
    await p.query({ agency: "POLICE", region: "440000", sub: "officer-li" }, q, { id: chain.saicCaseId });
    const [entry] = await entriesOf("TraceForAudit", 1);
    expect(entry).toMatchObject({ sub: "officer-li", agency: "POLICE", region: "440000", operationType: "QUERY", outcome: "SUCCESS" });
    expect([...entry.subgraphs].sort()).toEqual(["linkage", "police", "saic"]);

    const file = `mutation FileForAudit($input: FileCriminalCaseInput!) { fileCriminalCase(input: $input) { id } }`;
    await p.query({ agency: "SAIC", region: "440300", sub: "saic-clerk" }, file, {
      input: { filingNumber: "x", offence: "COUNTERFEITING_TRADEMARK", region: "440300", filedOn: "2017-10-10", amountInvolved: "1.00",
        rightHolderCreditCode: chain.creditCode, foreignInvested: true, suspects: [{ name: "张三", idNumber: "11010519491231002X" }] },
    });
    const [refused] = await entriesOf("FileForAudit", 1);
    expect(refused).toMatchObject({ sub: "saic-clerk", outcome: "ERROR", errorCodes: ["FORBIDDEN"] });
    expect(refused.variables).not.toContain("张三");
    expect(refused.variables).not.toContain("11010519491231002X");
  });

  test("only the office reads the trail, and nobody can change it through the API", async () => {
    const res = await p.query({ agency: "SAIC", region: "000000" }, ENTRIES, { name: null });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const schema = await p.query({ agency: "OFFICE", region: "000000" }, `{ __schema { mutationType { fields { name } } } }`);
    const mutations = schema.data.__schema.mutationType.fields.map((f: any) => f.name);
    expect(mutations.filter((m: string) => /audit/i.test(m))).toEqual([]);
  });
});
