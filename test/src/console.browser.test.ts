/// <reference lib="dom" />
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT } from "jose";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { createTestDatabase } from "@ipr/shared/testing";
import { DEV_JWT_SECRET, SAVED_OPERATIONS_FILE } from "@ipr/gateway";
import { loadDemo } from "@ipr/infra";
import { startPlatform, token, type Platform } from "./platform";

/**
 * The office's console in Debian's Chromium, with every host but 127.0.0.1 unresolvable: it renders,
 * signs in, runs saved operations (which are the persisted operations the gateway enforces), draws
 * the dashboard from live federated data, and nothing it loads or sends leaves the gateway.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOTS = join(__dirname, "..", "..", "docs", "screenshots");

let p: Platform;
let drop: () => Promise<void>;
let browser: Browser;
let origin: string;
const outside: string[] = []; // requests for anything but the gateway's origin
const pageErrors: string[] = [];
const downloads = mkdtempSync(join(tmpdir(), "console-csv-"));

beforeAll(async () => {
  const scratch = await createTestDatabase();
  drop = scratch.drop;
  await loadDemo({ scale: 1, url: () => scratch.url });
  p = await startPlatform(undefined, {
    databaseUrl: scratch.url,
    subgraphTimeoutMs: 60_000,
    // the console's saved operations bind `bi` tokens exactly as BI tools are bound
    gateway: { devTokens: true, persistedOperations: { file: SAVED_OPERATIONS_FILE, roles: ["bi"] } },
  });
  origin = `http://127.0.0.1:${p.gateway.port}`;
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN"],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await p?.stop();
  await drop?.();
});

/** An OFFICE token with the `bi` role: bound to the persisted operations by this platform's gateway. */
const biToken = () => new SignJWT({ agency: "OFFICE", region: "000000", roles: ["bi"] }).setProtectedHeader({ alg: "HS256" }).setSubject("bi-tool").setExpirationTime("1h").sign(new TextEncoder().encode(DEV_JWT_SECRET));

/** Opens the dashboard and waits for every chart: each ready from live data, none with an error. */
async function expectDashboardDrawn(page: Page) {
  await page.waitForSelector("#nav-dashboard");
  await page.click("#nav-dashboard");
  const charts = ["chart-cases-by-unit", "chart-amount-by-month", "chart-foreign-vs-all", "chart-funnel", "chart-overdue-late"];
  for (const id of charts) {
    await page.waitForSelector(`#${id}:not([data-state=loading])`, { timeout: 120_000 });
    const chart = await page.$eval(`#${id}`, (el) => ({ state: el.getAttribute("data-state"), rows: Number(el.getAttribute("data-rows")), total: Number(el.getAttribute("data-total")), canvas: !!el.querySelector("canvas"), error: el.querySelector(".error-box")?.textContent ?? null }));
    expect({ id, ...chart }).toEqual({ id, state: "ready", rows: expect.any(Number), total: expect.any(Number), canvas: true, error: null });
    expect(chart.rows).toBeGreaterThan(0);
    expect(chart.total).toBeGreaterThan(0);
  }
}

/** A fresh tab (its own session storage) that records every request and page error and refuses anything off the gateway. */
async function openConsole(hash = ""): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1440, height: 900 });
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith("blob:") || url.startsWith("data:")) return void request.continue();
    outside.push(url);
    void request.abort();
  });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  // the CSP refusing anything is a defect of the console
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const session = await browser.target().createCDPSession();
  await session.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads, browserContextId: context.id, eventsEnabled: true });
  await page.goto(`${origin}/${hash}`, { waitUntil: "networkidle0" });
  return page;
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

async function signIn(page: Page, jwt: string) {
  await page.waitForSelector("#token");
  await page.$eval("#token", (el) => ((el as HTMLTextAreaElement).value = ""));
  await page.type("#token", jwt, { delay: 0 });
  await page.click("#signin-submit");
}

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? "");

/** Loads a saved operation with one click and runs it with GraphiQL's ▶ button; returns the outcome line. */
async function runSaved(page: Page, name: string): Promise<{ state: string; text: string }> {
  await page.click(`[data-operation="${name}"]`);
  await page.waitForFunction((n) => document.querySelector(".graphiql-query-editor")?.textContent?.includes(n), {}, name);
  await page.waitForSelector("#outcome[data-state=idle]");
  await page.click(".graphiql-execute-button");
  await page.waitForSelector("#outcome:not([data-state=idle])", { timeout: 60_000 });
  return page.$eval("#outcome", (el) => ({ state: el.getAttribute("data-state")!, text: el.textContent ?? "" }));
}

/** The foreign-vs-all chart's rows, computed here from the federated query: month, admin cases of foreign-invested right holders, all admin cases. */
async function foreignVsAllRows(): Promise<string[]> {
  const LINES = `period tradeSecretCases { cases } trademarkCases { cases } patentCases { cases } copyrightCases { cases } plantVarietyCases { cases } customs { seizures } postal { interceptions }`;
  const { data, errors } = await p.query({ agency: "OFFICE", region: "000000" }, `{ foreign: monthlyReports(from: "2017-09", to: "2018-12", scope: FOREIGN_INVESTED) { ${LINES} } all: monthlyReports(from: "2017-09", to: "2018-12", scope: ALL) { ${LINES} } }`);
  expect(errors).toBeUndefined();
  type R = Record<string, any>;
  const cases = (r: R) => ["tradeSecretCases", "trademarkCases", "patentCases", "copyrightCases", "plantVarietyCases"].reduce((s, k) => s + (r[k]?.cases ?? 0), 0) + (r.customs?.seizures ?? 0) + (r.postal?.interceptions ?? 0);
  const byMonth = (reports: R[]) => reports.reduce((m, r) => m.set(r.period, (m.get(r.period) ?? 0) + cases(r)), new Map<string, number>());
  const foreign = byMonth(data.foreign);
  const all = byMonth(data.all);
  return [...all.keys()].sort().map((period) => `${period},${foreign.get(period) ?? 0},${all.get(period)}`);
}

describe("the console", () => {
  test("renders at / from the gateway alone, under a CSP of its own origin", async () => {
    const res = await fetch(`${origin}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    // a browser opening /graphql is sent to the console, not to Apollo's CDN-loaded landing page
    const graphql = await fetch(`${origin}/graphql`, { headers: { accept: "text/html" }, redirect: "manual" });
    expect([graphql.status, graphql.headers.get("location")]).toEqual([302, "/"]);

    const page = await openConsole();
    expect(await text(page, "h1")).toBe("知识产权执法案件图谱");
    expect(await page.$("#token")).not.toBeNull();
    expect(await page.$("#dev-token")).not.toBeNull(); // this gateway runs with development tokens
    await page.click("#lang");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "IP-enforcement case graph");
    expect(await cspViolations(page)).toEqual([]);
    await page.browserContext().close();
  });

  test("a malformed, expired or refused token gets a clear sign-in message", async () => {
    const page = await openConsole();
    await signIn(page, "not-a-token");
    await page.waitForSelector("#signin-problem");
    expect(await text(page, "#signin-problem")).toContain("令牌格式不正确");

    const secret = new TextEncoder().encode(DEV_JWT_SECRET);
    const expired = await new SignJWT({ agency: "OFFICE", region: "000000", roles: [] }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setExpirationTime(Math.floor(Date.now() / 1000) - 3600).sign(secret);
    await signIn(page, expired);
    await page.waitForFunction(() => document.querySelector("#signin-problem")?.textContent?.includes("令牌已过期"));

    const forged = await new SignJWT({ agency: "OFFICE", region: "000000", roles: [] }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setExpirationTime("1h").sign(new TextEncoder().encode("another-secret-another-secret-0123456789"));
    await signIn(page, forged);
    await page.waitForFunction(() => document.querySelector("#signin-problem")?.textContent?.includes("UNAUTHENTICATED"));
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBeLessThanOrEqual(1); // at most the language
    await page.browserContext().close();
  });

  test("an OFFICE token runs saved operations and sees data; the token stays in session storage, out of URLs", async () => {
    const page = await openConsole();
    const office = await token("OFFICE", "000000");
    await signIn(page, office);
    await page.waitForSelector("[data-operation]");
    expect(await text(page, "#who-agency")).toBe("OFFICE");
    expect(await text(page, "#who-region")).toBe("000000");
    const names = await page.$$eval("[data-operation]", (els) => els.map((el) => el.getAttribute("data-operation")));
    const manifest = JSON.parse(readFileSync(SAVED_OPERATIONS_FILE, "utf8")) as { operations: Array<{ name: string; dashboard?: boolean }> };
    expect(names).toEqual(manifest.operations.filter((op) => !op.dashboard).map((op) => op.name)); // the dashboard's own are not offered

    const table = await runSaved(page, "MonthlyTable");
    expect(table).toEqual({ state: "ok", text: expect.stringContaining("monthlyReport") });
    const overdue = await runSaved(page, "OverdueReferrals");
    expect(overdue).toEqual({ state: "ok", text: expect.stringMatching(/referrals: \d+/) });
    expect(Number(/referrals: (\d+)/.exec(overdue.text)?.[1])).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, "console.png") });

    const storage = await page.evaluate(() => ({ session: JSON.stringify(sessionStorage), local: JSON.stringify(localStorage), url: location.href }));
    expect(storage.session).toContain(office);
    expect(storage.local).not.toContain(office);
    expect(storage.url).not.toContain(office);

    await page.click("#signout");
    await page.waitForSelector("#token");
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(office);
    expect(await cspViolations(page)).toEqual([]);
    await page.browserContext().close();
  }, 120_000);

  test("a refused query shows its code and message", async () => {
    const page = await openConsole();
    await signIn(page, await token("SAIC", "440000"));
    await page.waitForSelector("[data-operation]");
    const late = await runSaved(page, "LateOrMissingReports"); // the office's query
    expect(late.state).toBe("error");
    expect(late.text).toMatch(/FORBIDDEN: .+/);
    await page.browserContext().close();
  }, 120_000);

  test("a token bound to the persisted operations runs the saved ones, the same documents", async () => {
    const page = await openConsole();
    await signIn(page, await biToken());
    await page.waitForSelector("[data-operation]");
    expect((await runSaved(page, "Inbox")).state).toBe("ok");
    // any other document is refused by the manifest, and the console says so
    await page.click(".graphiql-query-editor .CodeMirror");
    await page.keyboard.press("End");
    await page.keyboard.type(" ");
    await page.click(".graphiql-execute-button");
    await page.waitForFunction(() => document.querySelector("#outcome")?.textContent?.includes("PERSISTED_QUERY_NOT_ALLOWED"), { timeout: 30_000 });
    await page.browserContext().close();
  }, 120_000);

  test("the dashboard draws every chart from live data; a SAIC token sees only its region", async () => {
    const page = await openConsole();
    await signIn(page, await token("OFFICE", "000000"));
    await expectDashboardDrawn(page);
    const units = await page.$$eval("#filter-region option", (els) => els.map((el) => (el as HTMLOptionElement).value).filter(Boolean));
    expect(units.length).toBeGreaterThan(1);
    await page.setViewport({ width: 1440, height: 1280 });
    await page.screenshot({ path: join(SCREENSHOTS, "dashboard.png") });

    // "download CSV" gives exactly the chart's data
    await page.click("#chart-foreign-vs-all button.csv");
    const file = join(downloads, "foreign-vs-all_all_2017-09_2018-12.csv");
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    const csv = readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(csv[0]).toBe("月份,外商投资企业,全部");
    expect(csv.slice(1)).toEqual(await foreignVsAllRows());
    expect(await cspViolations(page)).toEqual([]);
    await page.browserContext().close();

    const saic = await openConsole();
    await signIn(saic, await token("SAIC", "440000"));
    await saic.waitForSelector("#nav-dashboard");
    await saic.click("#nav-dashboard");
    await saic.waitForSelector("#chart-cases-by-unit[data-state=ready]", { timeout: 120_000 });
    const regions = await saic.$$eval("#filter-region option", (els) => els.map((el) => (el as HTMLOptionElement).value).filter(Boolean));
    expect(regions).toEqual(["440000"]);
    expect(await saic.$eval("#chart-cases-by-unit", (el) => Number(el.getAttribute("data-rows")))).toBe(1);
    await saic.browserContext().close();
  }, 240_000);

  test("a token bound to the persisted operations draws the dashboard too (its documents are in the manifest)", async () => {
    const page = await openConsole();
    await signIn(page, await biToken());
    await expectDashboardDrawn(page);
    await page.browserContext().close();
  }, 240_000);

  test("no request left 127.0.0.1 and no page raised an error", () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
