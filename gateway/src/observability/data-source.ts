import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { observeCall, type ServiceMetrics } from "@ipr/shared";

type Process = (options: GraphQLDataSourceProcessOptions<any>) => Promise<{ errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }>;

/**
 * Each fetch to `name` as a client span (the signed request carries its `traceparent`) and in
 * `ipr_subgraph_fetch_duration_seconds`: outcome `ok`, `error` (GraphQL errors in the answer), or the
 * outage code the data source answered with (SERVICE_UNAVAILABLE, TIMEOUT).
 */
export function observedDataSource<T extends object>(name: string, source: T, metrics: ServiceMetrics): T {
  const target = source as unknown as { process: Process };
  const original = target.process.bind(source);
  target.process = (options) =>
    observeCall({ service: "gateway", subgraph: name, metrics }, () => original(options), (result) => {
      if (!result.errors?.length) return "ok";
      const code = result.errors[0].extensions?.code;
      return code === "SERVICE_UNAVAILABLE" || code === "TIMEOUT" ? code : "error";
    });
  return source;
}
