import { DEV_JWT_SECRET, issueToken } from "@ipr/gateway";

export interface Caller {
  agency: string;
  region: string;
  sub: string;
}

/** What one request came back as. */
export interface Outcome<T = Record<string, unknown>> {
  /** ok: data, no errors; partial: some data and errors; error: errors (or no answer) and no data. */
  kind: "ok" | "partial" | "error";
  data?: T;
  /** `extensions.code` of each error, `HTTP_<status>` without a GraphQL answer, NETWORK / CLIENT_TIMEOUT without any. */
  codes: string[];
  /** The request reached no gateway answer at all: a write's outcome is unknown. */
  unanswered: boolean;
  ms: number;
}

const secret = new TextEncoder().encode(process.env.JWT_SECRET ?? DEV_JWT_SECRET);
const tokens = new Map<string, Promise<string>>();
/** Tokens as `npm run token` issues them, with the dev secret (or JWT_SECRET), cached per caller. */
export function tokenFor(who: Caller): Promise<string> {
  const key = `${who.agency}/${who.region}/${who.sub}`;
  if (!tokens.has(key)) tokens.set(key, issueToken({ agency: who.agency, region: who.region, sub: who.sub, expiresIn: "2h" }, secret));
  return tokens.get(key)!;
}

/** Any non-null value below the root: what makes an answer with errors partial rather than failed. */
function hasData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== "object") return true;
  return Object.values(value).some(hasData);
}

export async function call<T = any>(url: string, who: Caller, query: string, variables: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<Outcome<T>> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await tokenFor(who)}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const code = (error as Error).name === "TimeoutError" ? "CLIENT_TIMEOUT" : "NETWORK";
    return { kind: "error", codes: [code], unanswered: true, ms: ms() };
  }
  let body: { data?: T | null; errors?: Array<{ extensions?: { code?: string } }> };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    return { kind: "error", codes: [`HTTP_${res.status}`], unanswered: res.status >= 500, ms: ms() };
  }
  const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? "NO_CODE");
  const data = body.data ?? undefined;
  const kind = !codes.length && data ? "ok" : codes.length && hasData(data) ? "partial" : "error";
  return { kind, data, codes: kind === "ok" ? [] : codes.length ? codes : [`HTTP_${res.status}`], unanswered: false, ms: ms() };
}
