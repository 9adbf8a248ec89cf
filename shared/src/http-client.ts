import http from "node:http";
import https from "node:https";

/**
 * The client for calls between services (gateway → subgraph, subgraph → peer): plain `node:http`
 * over keep-alive agents. The global `fetch` (undici) costs more CPU per call in WHATWG streams,
 * abort plumbing and transferables than the call itself on a loopback subgraph, and under a burst
 * opens a new connection per concurrent call. Answers just what the callers read of a `Response`.
 */
const agents = {
  http: new http.Agent({ keepAlive: true, maxFreeSockets: 256, scheduling: "lifo", timeout: 30_000 }),
  https: new https.Agent({ keepAlive: true, maxFreeSockets: 256, scheduling: "lifo", timeout: 30_000 }),
};

/** Servers keep idle connections open longer than the client's agents (30 s), so a reused socket is never one the server is closing. */
export const SERVER_KEEP_ALIVE_MS = 65_000;

export interface ServiceResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: Headers;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export interface ServiceRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export function serviceFetch(url: string, init: ServiceRequestInit = {}): Promise<ServiceResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === "https:";
    const body = init.body ?? "";
    const req = (secure ? https : http).request(
      target,
      {
        method: init.method ?? "POST",
        agent: secure ? agents.https : agents.http,
        headers: { ...init.headers, "content-length": String(Buffer.byteLength(body)) },
        signal: init.signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
          const status = res.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            status,
            statusText: res.statusMessage ?? "",
            url,
            headers,
            text: async () => text,
            json: async () => JSON.parse(text),
          });
        });
      },
    );
    // a timeout reads as the signal's TimeoutError, as with fetch
    req.on("error", (error) => reject(init.signal?.aborted ? init.signal.reason : error));
    req.end(body);
  });
}
