export * from "./entry";
export * from "./redact";
export * from "./sink";
export * from "./requests";
export * from "./plugin";
