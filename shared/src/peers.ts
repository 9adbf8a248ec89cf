import { GraphQLError } from "graphql";
import { encodeIdentity, signRequest, type Identity } from "./identity";
import { serviceFetch } from "./http-client";

import { SERVICE_MAP, type SubgraphName } from "./registry";

export { SERVICE_MAP, type SubgraphName };

/** `SUBGRAPH_URL_<NAME>` overrides the default `http://127.0.0.1:<port>/graphql` (e.g. a Kubernetes Service). */
export function subgraphUrl(name: SubgraphName, env = process.env): string {
  return env[`SUBGRAPH_URL_${name.toUpperCase()}`] ?? `http://127.0.0.1:${SERVICE_MAP[name]}/graphql`;
}

/**
 * Asks another agency's subgraph about its own entities, as the caller, through the same signed
 * `_entities` call the gateway makes. Used where a write must check a fact another agency owns
 * (a referral's source case exists and is visible to the sender); never to copy its data.
 */
export class Peers {
  constructor(
    private readonly secret: string,
    private readonly urls: Partial<Record<SubgraphName, string>> = {},
    private readonly timeoutMs = 5000,
  ) {}

  async entities<T = Record<string, unknown>>(
    who: Identity,
    subgraph: SubgraphName,
    typename: string,
    representations: Array<Record<string, unknown>>,
    selection: string,
  ): Promise<Array<T | null>> {
    const data = await this.query<{ _entities: Array<T | null> }>(
      who,
      subgraph,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      { r: representations.map((r) => ({ __typename: typename, ...r })) },
    );
    return data._entities;
  }

  /** Any query against the peer's own schema, as the caller (so the peer applies its own access rules). */
  async query<T>(who: Identity, subgraph: SubgraphName, query: string, variables: Record<string, unknown>): Promise<T> {
    const url = this.urls[subgraph] ?? subgraphUrl(subgraph);
    const body = JSON.stringify({ query, variables });
    let response: { data?: T; errors?: Array<{ message: string }> };
    try {
      const res = await serviceFetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...signRequest(this.secret, encodeIdentity(who), body) },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      response = (await res.json()) as typeof response;
    } catch (e) {
      throw new GraphQLError(`the ${subgraph} subgraph did not answer: ${(e as Error).message}`, { extensions: { code: "SERVICE_UNAVAILABLE" } });
    }
    if (!response.data) throw new GraphQLError(`the ${subgraph} subgraph refused: ${response.errors?.[0]?.message}`, { extensions: { code: "SERVICE_UNAVAILABLE" } });
    return response.data;
  }
}
