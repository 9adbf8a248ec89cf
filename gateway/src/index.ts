import { logger, metricsSettingsFromEnv, setServiceName, startTracingFromEnv } from "@ipr/shared";
import { configFromEnv } from "./config";
import { startGateway } from "./server";

export * from "./auth";
export * from "./config";
export * from "./server";
export * from "./audit";
export { CONSOLE_CSP, SAVED_OPERATIONS_FILE } from "./console";
export { documentHash } from "./limits/persisted-operations";
export { GET_ANSWER_MAX_AGE_SECONDS } from "./over-http";
export { documentCost, type CostOptions } from "./limits/cost";
export { GATEWAY_REFUSALS, type GatewayRefusalCode } from "./limits/errors";

if (require.main === module) {
  setServiceName("gateway");
  (async () => {
    const stopTracing = startTracingFromEnv("gateway");
    const config = configFromEnv();
    const running = await startGateway({ ...config, metrics: metricsSettingsFromEnv(config.port) });
    let stopping: Promise<void> | undefined;
    const stop = () => (stopping ??= running.stop().then(() => stopTracing?.()).then(() => process.exit(0), () => process.exit(1)));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    // started by `npm start` with an IPC channel: a launcher that dies without stopping us leaves no orphan
    if (process.send) process.once("disconnect", stop);
  })().catch((error) => {
    logger.error({ err: error }, "gateway failed to start");
    process.exit(1);
  });
}
