import { context, propagation, trace, type Context, type Span, type Tracer } from "@opentelemetry/api";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor, type SpanExporter, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import { logger } from "../logger";

/**
 * Traces are off unless the standard OpenTelemetry variables ask for them: then nothing registers a
 * provider, every span below is the API's no-op, the hooks return before doing anything, and no
 * `traceparent` is sent.
 */
let provider: NodeTracerProvider | undefined;

/** Whether spans are being recorded in this process. */
export const tracingOn = () => provider !== undefined;

/** The tracer of one service (`ipr-saic`, `ipr-gateway`): in a process running several, its spans say whose they are. */
export const tracerOf = (service: string): Tracer => trace.getTracer(`ipr-${service}`);

/** The span currently recording, if any: hooks that only add detail to a trace start nothing without one. */
export function recordingSpan(ctx: Context = context.active()): Span | undefined {
  const span = trace.getSpan(ctx);
  return span?.isRecording() ? span : undefined;
}

/**
 * Which exporters the environment asks for: `OTEL_TRACES_EXPORTER` (otlp, console, none), or otlp
 * when only an OTLP endpoint is given; nothing with `OTEL_SDK_DISABLED=true`.
 */
export function tracesExporters(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return [];
  const named = (env.OTEL_TRACES_EXPORTER ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (named.includes("none")) return [];
  if (named.length) return named;
  return env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? ["otlp"] : [];
}

function exporterFor(name: string, env: NodeJS.ProcessEnv): SpanExporter | undefined {
  if (name === "console") return new ConsoleSpanExporter();
  if (name !== "otlp") {
    logger.warn({ exporter: name }, "OTEL_TRACES_EXPORTER: only otlp, console and none are supported; ignored");
    return undefined;
  }
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL;
  if (protocol && protocol !== "http/json" && protocol !== "http/protobuf")
    logger.warn({ protocol }, "OTEL_EXPORTER_OTLP_PROTOCOL: traces are sent as OTLP/HTTP JSON (the collector's :4318/v1/traces)");
  // loaded only when asked for: a process without OTLP never pays for it
  const { OTLPTraceExporter } = require("@opentelemetry/exporter-trace-otlp-http") as typeof import("@opentelemetry/exporter-trace-otlp-http");
  // endpoint, headers, timeout and compression come from OTEL_EXPORTER_OTLP_(TRACES_)* by themselves
  return new OTLPTraceExporter();
}

/**
 * Registers the process's tracer provider (W3C trace context, AsyncLocalStorage context) with
 * `processors`, as `service` unless OTEL_SERVICE_NAME says otherwise (OTEL_RESOURCE_ATTRIBUTES is
 * read too). Sampling follows OTEL_TRACES_SAMPLER (default: always, or as the caller's traceparent says).
 */
export function startTracing(service: string, processors: SpanProcessor[]): NodeTracerProvider {
  if (provider) return provider;
  const fromEnv = detectResources({ detectors: [envDetector] });
  const resource = resourceFromAttributes({ "service.name": `ipr-${service}`, "service.namespace": "ipr" }).merge(fromEnv);
  provider = new NodeTracerProvider({ resource, spanProcessors: processors });
  provider.register();
  return provider;
}

/**
 * `startTracing` as the environment says (see tracesExporters); a process's main calls it first.
 * Returns a function that flushes and stops the exporter, or undefined when tracing is off.
 */
export function startTracingFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): (() => Promise<void>) | undefined {
  const exporters = tracesExporters(env).map((name) => exporterFor(name, env)).filter((e): e is SpanExporter => !!e);
  if (!exporters.length) return undefined;
  // batches (OTEL_BSP_* sizes and delays) keep the export off the request path
  const running = startTracing(service, exporters.map((e) => (e instanceof ConsoleSpanExporter ? new SimpleSpanProcessor(e) : new BatchSpanProcessor(e))));
  logger.info({ exporters: tracesExporters(env) }, "tracing on");
  return () => running.shutdown();
}

/** Stops recording (tests); a later startTracing registers a new provider. */
export async function stopTracing(): Promise<void> {
  const running = provider;
  provider = undefined;
  if (!running) return;
  await running.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
}
