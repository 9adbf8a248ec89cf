import type { NextFunction, Request, Response } from "express";
import { Redis } from "ioredis";
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { logger, type Identity } from "@ipr/shared";
import type { RateBucket, RateLimitSettings } from "../config";
import { sendRefusal } from "./errors";

interface Limiter {
  consume(key: string, points?: number): Promise<RateLimiterRes>;
}

export interface RateLimitRefusal {
  /** Which budget ran out */
  scope: "user" | "agency";
  retryAfterSeconds: number;
}

export interface GatewayRateLimiter {
  /** Takes one request from the caller's budgets; a refusal when one of them is empty. */
  consume(identity: Identity): Promise<RateLimitRefusal | null>;
  close(): Promise<void>;
}

/**
 * Per user (`agency:sub`) and per agency, each a token bucket as rate-limiter-flexible builds one:
 * `points` per `duration` seconds, and a BurstyRateLimiter lending up to `burst − points` more per
 * `burstWindowSeconds`. In memory for one gateway; with `REDIS_URL` the counters live in Redis so
 * replicas share the budget, and while Redis is unreachable each replica counts in memory (the
 * insurance limiter) rather than refusing or waving everything through.
 */
export async function createRateLimiter(settings: RateLimitSettings): Promise<GatewayRateLimiter | null> {
  if (!settings.user && !settings.agency) return null;
  const redis = settings.redisUrl ? await connectRedis(settings.redisUrl) : null;

  const store = (name: string, points: number, duration: number): Limiter => {
    const options = { keyPrefix: `${settings.keyPrefix}:${name}`, points, duration };
    if (!redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
  };
  const bucket = (name: string, b: RateBucket): Limiter => {
    const steady = store(name, b.points, b.duration);
    const extra = b.burst - b.points;
    return extra > 0 ? new BurstyRateLimiter(steady as never, store(`${name}-burst`, extra, settings.burstWindowSeconds) as never) : steady;
  };
  const user = settings.user && bucket("user", settings.user);
  const agency = settings.agency && bucket("agency", settings.agency);

  return {
    async consume(identity) {
      const scopes: Array<[RateLimitRefusal["scope"], Limiter, string]> = [];
      if (agency) scopes.push(["agency", agency, identity.agency]);
      if (user) scopes.push(["user", user, `${identity.agency}:${identity.sub}`]);
      const outcomes = await Promise.allSettled(scopes.map(([, limiter, key]) => limiter.consume(key)));
      let refusal: RateLimitRefusal | null = null;
      outcomes.forEach((outcome, i) => {
        if (outcome.status === "fulfilled") return;
        if (!(outcome.reason instanceof RateLimiterRes)) {
          logger.error({ err: outcome.reason }, "rate limiter failed; request let through");
          return;
        }
        const retryAfterSeconds = Math.max(1, Math.ceil(outcome.reason.msBeforeNext / 1000));
        if (!refusal || retryAfterSeconds > refusal.retryAfterSeconds) refusal = { scope: scopes[i][0], retryAfterSeconds };
      });
      return refusal;
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 1000 });
  let healthy = true;
  redis.on("ready", () => {
    if (!healthy) logger.info("rate limiting: Redis is back; the budget is shared again");
    healthy = true;
  });
  redis.on("error", (err) => {
    if (healthy) logger.warn({ err }, "rate limiting: Redis unreachable; counting in memory until it is back");
    healthy = false;
  });
  await redis.connect().catch(() => {}); // reported by the error handler; ioredis keeps reconnecting
  return redis;
}

/** Express middleware after authentication: 429 RATE_LIMITED with Retry-After when a budget is spent. */
export function rateLimitRequests(limiter: GatewayRateLimiter) {
  return async (_req: Request, res: Response, next: NextFunction) => {
    const identity = res.locals.identity as Identity | undefined;
    if (!identity) return next(); // unauthenticated: refused without work by the next step
    const refused = await limiter.consume(identity);
    if (!refused) return next();
    res.set("Retry-After", String(refused.retryAfterSeconds));
    const whose = refused.scope === "user" ? "your" : `agency ${identity.agency}'s`;
    sendRefusal(res, 429, "RATE_LIMITED", `rate limit exceeded (${whose} request budget); retry after ${refused.retryAfterSeconds} s`, {
      retryAfter: refused.retryAfterSeconds,
    });
  };
}
