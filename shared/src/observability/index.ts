import type { MikroORM } from "@mikro-orm/postgresql";
import { logger } from "../logger";
import { ServiceMetrics } from "./metrics";
import { publicMetricsRoute, startMetricsServer, type MetricsServer, type MetricsSettings } from "./metrics-server";
import { observabilityPlugin, observeRequests, type OperationLabeller } from "./requests";
import { observeStatements } from "./statements";

export { ServiceMetrics, OTHER_OPERATION, codeLabel } from "./metrics";
export { metricsSettingsFromEnv, METRICS_PORT_OFFSET, type MetricsSettings } from "./metrics-server";
export { REFUSAL_CODE_LOCAL, type OperationLabeller } from "./requests";
export { rootFieldLabel } from "./operation-label";
export { injectTraceContext, observeCall, tracedFetch, type OutgoingCall } from "./outgoing";
export { sqlShape } from "./statements";
export { startTracing, startTracingFromEnv, stopTracing, tracesExporters, tracingOn } from "./tracing";

/**
 * A service's metrics and traces, ready to hook into its server: the request middleware, the Apollo
 * plugin, the public `/metrics` route, the database and the internal metrics port.
 */
export function observability(service: string, settings: MetricsSettings = { port: null, host: "127.0.0.1" }) {
  const metrics = new ServiceMetrics(service);
  let server: MetricsServer | undefined;
  return {
    metrics,
    /** Mount on /graphql before anything that may refuse (and again after body parsing). */
    requests: observeRequests(service, metrics),
    plugin: (label: OperationLabeller) => observabilityPlugin(label),
    /** `GET /metrics` on the public port: only with METRICS_TOKEN. */
    publicRoute: publicMetricsRoute(metrics, settings),
    watchDatabase: (orm: MikroORM) => observeStatements(orm, service, metrics),
    /** Opens the internal metrics port (if any); its URL. */
    async listen(): Promise<string | undefined> {
      try {
        server = await startMetricsServer(metrics, settings);
      } catch (error) {
        // a taken metrics port must not keep the service from serving: it runs unobserved, and says so
        logger.error({ err: error, port: settings.port }, "metrics port unavailable: /metrics is not served");
      }
      return server?.url;
    },
    stop: async () => server?.stop(),
  };
}

export type Observability = ReturnType<typeof observability>;
