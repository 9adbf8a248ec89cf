import pino from "pino";

/** JSON logs to stdout; `LOG_LEVEL=debug` for more, `silent` in tests. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
});
