import type { Request, Response } from "express";

/** How long the gateway waits for each subgraph's /ready. */
const CHECK_TIMEOUT_MS = 2_000;

/** The subgraphs of a supergraph and their URLs, from its `join__Graph` enum. */
export function supergraphServices(supergraphSdl: string): Record<string, string> {
  const services: Record<string, string> = {};
  for (const m of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)) services[m[1]] = m[2];
  return services;
}

async function subgraphReady(graphqlUrl: string): Promise<boolean> {
  try {
    const res = await fetch(graphqlUrl.replace(/\/graphql\/?$/, "/ready"), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * `GET /ready`: 200 when every subgraph answers its own /ready (its database included), else 503
 * naming those that do not. `?partial=true`: 200 while at least one answers, since the gateway then
 * still gives partial answers; what the Kubernetes readiness probe uses, so that one agency's
 * outage does not take every gateway replica out of its Service.
 */
export function readinessRoute(urls: Record<string, string>) {
  return async (req: Request, res: Response) => {
    const names = Object.keys(urls);
    const ready = await Promise.all(names.map((name) => subgraphReady(urls[name])));
    const subgraphs = Object.fromEntries(names.map((name, i) => [name, ready[i] ? "ready" : "unavailable"]));
    const unavailable = names.filter((_, i) => !ready[i]);
    const ok = req.query.partial === "true" ? unavailable.length < names.length : unavailable.length === 0;
    res.set("Cache-Control", "no-store");
    res.status(ok ? 200 : 503).json({ status: ok ? "ready" : "unavailable", unavailable, subgraphs });
  };
}
