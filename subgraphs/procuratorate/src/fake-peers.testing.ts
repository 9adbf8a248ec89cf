import http from "node:http";
import type { AddressInfo } from "node:net";
import { IDENTITY_HEADER, covers, type Identity } from "@ipr/shared";

/** An entity another agency owns, as its subgraph would answer `_entities` for it. */
export type PeerEntity = { id: string; region: string } & Record<string, unknown>;

/**
 * A stand-in for the police and linkage subgraphs in subgraph-local tests: answers the signed
 * `_entities` calls of `ctx.peers` from fixed maps, null for unknown ids and for ids outside the
 * caller's region, as the real owners do. Cross-agency behaviour proper is tested end to end.
 */
export async function startFakePeers() {
  const entities = new Map<string, PeerEntity>();
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const who = JSON.parse(Buffer.from(String(req.headers[IDENTITY_HEADER]), "base64url").toString("utf8")) as Identity;
      const { variables } = JSON.parse(body) as { variables: { r: Array<{ __typename: string; id: string }> } };
      calls.push(...variables.r.map((r) => r.__typename));
      const answer = variables.r.map((r) => {
        const found = entities.get(`${r.__typename}:${r.id}`);
        return found && covers(who.region, found.region) ? found : null;
      });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: { _entities: answer } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    calls,
    put(typename: string, entity: PeerEntity) {
      entities.set(`${typename}:${entity.id}`, entity);
      return entity;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
