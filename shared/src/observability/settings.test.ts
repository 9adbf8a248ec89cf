import { metricsSettingsFromEnv } from "./metrics-server";
import { tracesExporters } from "./tracing";

describe("where metrics go, and whether traces are on, from the environment", () => {
  test("METRICS_PORT defaults to the service's port + 5000 on loopback; off turns it off; bad values stop the start", () => {
    expect(metricsSettingsFromEnv(4003, {})).toEqual({ port: 9003, host: "127.0.0.1", token: undefined });
    expect(metricsSettingsFromEnv(4000, { METRICS_PORT: "9100", METRICS_HOST: "0.0.0.0", METRICS_TOKEN: "a-long-enough-token" })).toEqual({ port: 9100, host: "0.0.0.0", token: "a-long-enough-token" });
    expect(metricsSettingsFromEnv(4000, { METRICS_PORT: "off" }).port).toBeNull();
    expect(metricsSettingsFromEnv(0, {}).port).toBeNull(); // an ephemeral public port has no fixed neighbour
    expect(() => metricsSettingsFromEnv(4000, { METRICS_PORT: "90x0" })).toThrow("METRICS_PORT");
    expect(() => metricsSettingsFromEnv(4000, { METRICS_TOKEN: "short" })).toThrow("at least 16");
  });

  test("traces only when OTEL_* variables ask: an endpoint alone means otlp; none and OTEL_SDK_DISABLED win", () => {
    expect(tracesExporters({})).toEqual([]);
    expect(tracesExporters({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toEqual(["otlp"]);
    expect(tracesExporters({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" })).toEqual(["otlp"]);
    expect(tracesExporters({ OTEL_TRACES_EXPORTER: "console, otlp" })).toEqual(["console", "otlp"]);
    expect(tracesExporters({ OTEL_TRACES_EXPORTER: "none", OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toEqual([]);
    expect(tracesExporters({ OTEL_SDK_DISABLED: "true", OTEL_TRACES_EXPORTER: "otlp" })).toEqual([]);
  });
});
