import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway";
import { DEV_JWT_SECRET, SUPERGRAPH_PATH, createAuthenticator } from "@ipr/gateway";
import { DEV_SUBGRAPH_SECRET, encodeIdentity, signRequest, SERVICE_MAP, type SubgraphName } from "@ipr/shared";

/**
 * Hive Gateway (the bench's peer) on the committed supergraph and the bench's subgraphs, as its own
 * process: `PORT`, `SUBGRAPH_URL_<NAME>`. A plugin verifies the caller's token as our gateway does
 * and signs every subgraph request exactly like ours (identity, time, body; SUBGRAPH_SECRET), so the
 * subgraphs accept it. In-flight deduplication is off: it shares one subgraph answer between
 * callers before identity is added (issue 14, part 2).
 */
const authenticate = createAuthenticator({ algorithms: ["HS256"] } as never, process.env.JWT_SECRET ?? DEV_JWT_SECRET);
const secret = process.env.SUBGRAPH_SECRET ?? DEV_SUBGRAPH_SECRET;

let supergraph = readFileSync(SUPERGRAPH_PATH, "utf8");
for (const name of Object.keys(SERVICE_MAP) as SubgraphName[]) {
  const url = process.env[`SUBGRAPH_URL_${name.toUpperCase()}`];
  if (url) supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*`), `$1${url}`);
}

/** The caller's verified identity, encoded once per incoming request. */
const identities = new WeakMap<object, Promise<string>>();
const signing: GatewayPlugin = {
  onFetch({ options, setOptions, context }) {
    const request = (context as { request?: Request }).request;
    if (!request) return; // schema loading: no caller
    let identity = identities.get(request);
    if (!identity) identities.set(request, (identity = authenticate(request.headers.get("authorization") ?? undefined).then(encodeIdentity)));
    return identity.then((encoded) => {
      const body = typeof options.body === "string" ? options.body : "";
      setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), ...signRequest(secret, encoded, body) } });
    });
  },
};

const gateway = createGatewayRuntime({
  supergraph,
  logging: "error",
  graphqlEndpoint: "/graphql",
  landingPage: false,
  transportEntries: { "*.http": { options: { deduplicateInflightRequests: false } } },
  plugins: () => [signing],
});
createServer(gateway).listen(Number(process.env.PORT ?? 5999), "127.0.0.1");
