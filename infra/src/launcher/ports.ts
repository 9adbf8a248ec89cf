import { SERVICE_MAP, type SubgraphName } from "@ipr/shared";
import { Refusal } from "./errors";

/** Where the launcher puts each service: the contract's 4000-4011 unless the environment says otherwise. */
export interface PortPlan {
  gateway: number;
  subgraphs: Record<SubgraphName, number>;
}

const NAMES = Object.keys(SERVICE_MAP) as SubgraphName[];
const CONTRACT_BASE = 4000;

function port(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < 1 || value > 65535) throw new Refusal(`${name} must be a port number (1-65535), got ${JSON.stringify(raw)}`);
  return value;
}

/**
 * `PORT` (gateway, default 4000); `SUBGRAPH_PORT_BASE` (default 4000: each subgraph at the base
 * plus its offset in the service map, office +1 … courts +11); `SUBGRAPH_URL_<NAME>` (a loopback URL
 * with a port) places one subgraph individually. A second platform beside `npm start`:
 * `PORT=5000 SUBGRAPH_PORT_BASE=5000`.
 */
export function portPlan(env: NodeJS.ProcessEnv = process.env): PortPlan {
  const base = port("SUBGRAPH_PORT_BASE", env.SUBGRAPH_PORT_BASE, CONTRACT_BASE);
  const subgraphs = {} as Record<SubgraphName, number>;
  for (const name of NAMES) {
    const variable = `SUBGRAPH_URL_${name.toUpperCase()}`;
    const url = env[variable];
    if (url) {
      const parsed = new URL(url);
      if (!["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname) || !parsed.port)
        throw new Refusal(`${variable}: npm start runs every subgraph on this machine; give a loopback URL with a port, got ${url}`);
      subgraphs[name] = Number(parsed.port);
    } else subgraphs[name] = port("SUBGRAPH_PORT_BASE", String(base + SERVICE_MAP[name] - CONTRACT_BASE), 0);
  }
  const plan = { gateway: port("PORT", env.PORT, CONTRACT_BASE), subgraphs };
  const taken = new Map<number, string>();
  for (const [service, p] of [["gateway", plan.gateway] as const, ...Object.entries(subgraphs)]) {
    if (taken.has(p)) throw new Refusal(`port ${p} is given to both ${taken.get(p)} and ${service}`);
    taken.set(p, service);
  }
  return plan;
}

export const subgraphUrlAt = (p: number) => `http://127.0.0.1:${p}/graphql`;

/** The environment every service of the platform gets, so the gateway and peers find each subgraph. */
export function peerEnv(plan: PortPlan): Record<string, string> {
  return Object.fromEntries(NAMES.map((name) => [`SUBGRAPH_URL_${name.toUpperCase()}`, subgraphUrlAt(plan.subgraphs[name])]));
}
