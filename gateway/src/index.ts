import { logger, setServiceName } from "@ipr/shared";
import { configFromEnv } from "./config";
import { startGateway } from "./server";

export * from "./auth";
export * from "./config";
export * from "./server";
export * from "./audit";
export { documentHash } from "./limits/persisted-operations";
export { documentCost, type CostOptions } from "./limits/cost";
export { GATEWAY_REFUSALS, type GatewayRefusalCode } from "./limits/errors";

if (require.main === module) {
  setServiceName("gateway");
  (async () => {
    const running = await startGateway(configFromEnv());
    const stop = () => running.stop().then(() => process.exit(0), () => process.exit(1));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  })().catch((error) => {
    logger.error({ err: error }, "gateway failed to start");
    process.exit(1);
  });
}
