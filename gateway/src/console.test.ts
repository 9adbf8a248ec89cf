import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { buildSchema, parse, validate } from "graphql";
import { createAuthenticator, issueToken } from "./auth";
import { CONSOLE_CSP, SAVED_OPERATIONS_FILE, consoleRoutes } from "./console";
import { DEV_JWT_SECRET, SUPERGRAPH_PATH } from "./config";
import { loadPersistedOperations } from "./limits/persisted-operations";

const authenticate = createAuthenticator({ algorithms: ["HS256"] }, DEV_JWT_SECRET);
const servers: http.Server[] = [];
async function serve(devTokens: boolean): Promise<string> {
  const app = express();
  app.use(consoleRoutes({ authenticate, devTokens: devTokens ? { secret: DEV_JWT_SECRET } : null }));
  const server = http.createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const json = (res: Response): Promise<any> => res.json();
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

describe("the console's routes", () => {
  test("the static console needs no token and carries a CSP of the gateway's origin only", async () => {
    const url = await serve(false);
    for (const path of ["/", "/assets/app.js", "/assets/app.css"]) {
      const res = await fetch(url + path);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get("content-security-policy")).toBe(CONSOLE_CSP);
    }
    expect(CONSOLE_CSP).not.toMatch(/unsafe|https?:|data:|\*/);
    // nothing in the build names another host to load from
    const html = await (await fetch(url + "/")).text();
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(await (await fetch(url + "/assets/app.css")).text()).not.toMatch(/url\(\s*["']?(https?:|\/\/|data:)/);
  });

  test("/console/session is the gateway's word on a token", async () => {
    const url = await serve(false);
    const token = await issueToken({ agency: "SAIC", region: "440000" }, new TextEncoder().encode(DEV_JWT_SECRET));
    const ok = await fetch(`${url}/console/session`, { headers: { authorization: `Bearer ${token}` } });
    expect(await json(ok)).toEqual({ sub: "saic-440000", agency: "SAIC", region: "440000", roles: [] });
    const refused = await fetch(`${url}/console/session`, { headers: { authorization: "Bearer abc.def.ghi" } });
    expect(refused.status).toBe(401);
    expect((await json(refused)).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  test("development tokens only when enabled; bad input is refused with its field", async () => {
    const production = await serve(false);
    expect((await json(await fetch(`${production}/console/settings`))).devTokens).toBe(false);
    expect((await fetch(`${production}/console/dev-token`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"agency":"OFFICE","region":"000000"}' })).status).toBe(404);

    const dev = await serve(true);
    const settings = await json(await fetch(`${dev}/console/settings`));
    expect(settings.devTokens).toBe(true);
    expect(settings.agencies.map((a: { agency: string }) => a.agency)).toContain("OFFICE");
    const issue = (body: unknown) => fetch(`${dev}/console/dev-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const { token } = await json(await issue({ agency: "POLICE", region: "440300" }));
    expect(await authenticate(`Bearer ${token}`)).toMatchObject({ agency: "POLICE", region: "440300" });
    const badAgency = await issue({ agency: "NOBODY", region: "440300" });
    expect([badAgency.status, (await json(badAgency)).errors[0].extensions]).toEqual([400, { code: "BAD_USER_INPUT", field: "agency" }]);
    const badRegion = await issue({ agency: "POLICE", region: "44" });
    expect([badRegion.status, (await json(badRegion)).errors[0].extensions]).toEqual([400, { code: "BAD_USER_INPUT", field: "region" }]);
  });
});

describe("the saved operations are the persisted operations", () => {
  const manifest = JSON.parse(readFileSync(SAVED_OPERATIONS_FILE, "utf8")) as { operations: Array<{ id: string; name: string; title?: { zh: string; en: string }; body: string; dashboard?: boolean }> };

  test("the gateway loads the file as its manifest (every id the SHA-256 of its document)", () => {
    const persisted = loadPersistedOperations({ file: SAVED_OPERATIONS_FILE, roles: ["bi"] });
    expect([...persisted.documents.keys()].sort()).toEqual(manifest.operations.map((op) => op.id).sort());
  });

  test("every one is valid against the supergraph; the console's are titled in Chinese and English", () => {
    const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"), { assumeValidSDL: true });
    for (const op of manifest.operations) expect([op.name, validate(schema, parse(op.body)).map(String)]).toEqual([op.name, []]);
    const offered = manifest.operations.filter((op) => !op.dashboard);
    for (const op of offered) {
      expect(op.title?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(op.title?.en).toMatch(/^[A-Z]/);
    }
    expect(offered.map((op) => op.name)).toEqual(["TraceAdminCase", "OverdueReferrals", "CasesOverThresholdNotReferred", "MonthlyTable", "LateOrMissingReports", "EnterpriseCases", "Inbox"]);
    // the dashboard's own documents (console/src/dashboard-documents.ts), so a bound token can draw it
    expect(manifest.operations.filter((op) => op.dashboard).map((op) => op.name).sort()).toEqual(["DashboardForeignVsAll", "DashboardLateReports", "DashboardReferrals", "DashboardTables"]);
  });
});
