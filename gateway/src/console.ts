import { dirname, join } from "node:path";
import express, { Router, type NextFunction, type Request, type Response } from "express";
import { AGENCIES, departmentOf, logger } from "@ipr/shared";
import { issueToken, type Authenticator } from "./auth";
import { sendRefusal } from "./limits/errors";

/** The console's static build (`console/dist`, built by `turbo run build` before the gateway). */
export const CONSOLE_ASSETS = join(dirname(require.resolve("@ipr/console/package.json")), "dist");
/** The saved operations of the console, which are also the persisted operations for BI tools (PERSISTED_OPERATIONS_FILE). */
export const SAVED_OPERATIONS_FILE = require.resolve("@ipr/console/saved-operations.json");

/**
 * Only the gateway's own origin: no CDN, no inline script or style, no framing. The console is
 * built so that nothing needs more (styles are set through the CSSOM, never as inline markup).
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export interface ConsoleOptions {
  /** Verifies the token the console signs in with, as /graphql does. */
  authenticate: Authenticator;
  /** Development tokens signed with this HS256 secret (`npm start` only; null in production: the route does not exist). */
  devTokens: { secret: string; issuer?: string; audience?: string } | null;
}

function secured(_req: Request, res: Response, next: NextFunction) {
  res.set({
    "Content-Security-Policy": CONSOLE_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  next();
}

/**
 * `/` the console (static, no token needed); `/console/settings` what the sign-in screen offers;
 * `/console/session` the caller the gateway sees for a token (401 with the reason otherwise);
 * `/console/dev-token` a development token (only when `devTokens`, i.e. never in production).
 */
export function consoleRoutes({ authenticate, devTokens }: ConsoleOptions): Router {
  const router = Router();
  router.use(secured);

  router.get("/console/settings", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ devTokens: devTokens !== null, agencies: AGENCIES.map((agency) => ({ agency, department: departmentOf(agency) })) });
  });

  router.get("/console/session", async (req, res) => {
    try {
      const { sub, agency, region, roles } = await authenticate(req.headers.authorization);
      res.set({ "Cache-Control": "no-store", Vary: "Authorization" }).json({ sub, agency, region, roles });
    } catch (e) {
      sendRefusal(res, 401, "UNAUTHENTICATED", (e as Error).message);
    }
  });

  if (devTokens) {
    router.post("/console/dev-token", express.json({ limit: "2kb" }), async (req, res) => {
      const { agency, region, roles } = (req.body ?? {}) as { agency?: unknown; region?: unknown; roles?: unknown };
      if (typeof agency !== "string" || !(AGENCIES as readonly string[]).includes(agency))
        return sendRefusal(res, 400, "BAD_USER_INPUT", `agency: one of ${AGENCIES.join(", ")}`, { field: "agency" });
      if (typeof region !== "string" || !/^\d{6}$/.test(region)) return sendRefusal(res, 400, "BAD_USER_INPUT", "region: a 6-digit region code", { field: "region" });
      const roleList = Array.isArray(roles) ? roles.filter((r): r is string => typeof r === "string" && r.length > 0) : [];
      try {
        const token = await issueToken({ agency, region, roles: roleList, expiresIn: "8h", issuer: devTokens.issuer, audience: devTokens.audience }, new TextEncoder().encode(devTokens.secret));
        logger.info({ agency, region }, "console: development token issued");
        res.set("Cache-Control", "no-store").json({ token });
      } catch (e) {
        sendRefusal(res, 400, "BAD_USER_INPUT", (e as Error).message, { field: "region" });
      }
    });
  }

  router.use(express.static(CONSOLE_ASSETS, { index: "index.html", fallthrough: true, maxAge: 0 }));
  return router;
}
