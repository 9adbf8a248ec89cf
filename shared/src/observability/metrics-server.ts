import http from "node:http";
import type { AddressInfo } from "node:net";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Request, Response } from "express";
import type { ServiceMetrics } from "./metrics";

/**
 * Where a process serves `/metrics`. The public port never serves them to an anonymous caller:
 * they go to an internal port bound to loopback by default, and to the public port only with the
 * bearer token.
 */
export interface MetricsSettings {
  /** `METRICS_PORT`: the internal port; default the service's port + 5000 (gateway 9000, office 9001 … commerce 9012); `off` for none. */
  port: number | null;
  /** `METRICS_HOST`, default 127.0.0.1: only this machine (set 0.0.0.0 in a pod for Prometheus to scrape the pod IP). */
  host: string;
  /** `METRICS_TOKEN`: when set, every scrape needs `Authorization: Bearer <token>`, and /metrics on the public port answers with it. */
  token?: string;
}

export const METRICS_PORT_OFFSET = 5000;

/** The settings from the environment, for a process whose public port is `publicPort`. */
export function metricsSettingsFromEnv(publicPort: number, env: NodeJS.ProcessEnv = process.env): MetricsSettings {
  const raw = env.METRICS_PORT?.trim();
  let port: number | null;
  if (raw === "off") port = null;
  else if (raw) {
    if (!/^\d+$/.test(raw) || Number(raw) > 65535) throw new Error(`METRICS_PORT must be a port number or off, got ${JSON.stringify(raw)}`);
    port = Number(raw);
  } else port = publicPort > 0 && publicPort + METRICS_PORT_OFFSET <= 65535 ? publicPort + METRICS_PORT_OFFSET : null;
  const token = env.METRICS_TOKEN?.trim() || undefined;
  if (token && token.length < 16) throw new Error("METRICS_TOKEN must be at least 16 characters");
  return { port, host: env.METRICS_HOST?.trim() || "127.0.0.1", token };
}

const digest = (s: string) => createHash("sha256").update(s).digest();
function authorized(header: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const given = /^Bearer (.+)$/i.exec(header ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(given), digest(token));
}

async function answer(metrics: ServiceMetrics, authorization: string | undefined, token: string | undefined, res: http.ServerResponse) {
  res.setHeader("Cache-Control", "no-store");
  if (!authorized(authorization, token)) {
    res.writeHead(401, { "Content-Type": "text/plain", "WWW-Authenticate": 'Bearer realm="metrics"' }).end("metrics need the METRICS_TOKEN bearer token\n");
    return;
  }
  const text = await metrics.text();
  res.writeHead(200, { "Content-Type": metrics.contentType }).end(text);
}

export interface MetricsServer {
  url: string;
  stop(): Promise<void>;
}

/** The internal metrics port: `GET /metrics` only. */
export async function startMetricsServer(metrics: ServiceMetrics, settings: MetricsSettings): Promise<MetricsServer | undefined> {
  if (settings.port === null) return undefined;
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/metrics") return void res.writeHead(404, { "Content-Type": "text/plain" }).end("not found\n");
    answer(metrics, req.headers.authorization, settings.token, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port!, settings.host, () => resolve());
  });
  server.unref();
  const { port } = server.address() as AddressInfo;
  const host = settings.host === "0.0.0.0" || settings.host === "::" ? "127.0.0.1" : settings.host;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/metrics`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * `GET /metrics` on the public port: with METRICS_TOKEN and its bearer, the metrics; otherwise 403
 * with a coded answer saying where they are (the internal port), so a prober sees them protected, not absent.
 */
export function publicMetricsRoute(metrics: ServiceMetrics, settings: Pick<MetricsSettings, "token">) {
  return (req: Request, res: Response) => {
    res.set("Cache-Control", "no-store");
    if (!settings.token) return void res.status(403).json({ error: { code: "METRICS_INTERNAL_ONLY", message: "metrics are served on the internal metrics port (METRICS_PORT, 127.0.0.1 by default), or here with the METRICS_TOKEN bearer token" } });
    answer(metrics, req.headers.authorization, settings.token, res).catch(() => res.status(500).end());
  };
}
