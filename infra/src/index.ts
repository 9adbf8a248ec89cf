export { SUBGRAPHS } from "./subgraphs";
export { composeSupergraph } from "./compose";
export { generateDemo } from "./demo/generate";
export { loadDemo, hasData } from "./seed";
export { prepareDatabase, poolSizeFor } from "./database";
export * from "./load";
export { GATEWAY_NODE_OPTIONS, gatewayNodeOptions } from "./launcher/heap";
export { portFree } from "./launcher/net";
