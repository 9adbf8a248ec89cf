import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { Identity } from "@ipr/shared";
import { answerOf, beforeSend } from "./before-send";

/**
 * How long a caller (its browser, BI tool or a private cache in front of it) may reuse a GET answer
 * without asking again: a minute keeps a dashboard's or a BI refresh's repeated reads off the
 * subgraphs, while a newly entered case shows within a minute. After that the client revalidates
 * with `If-None-Match` and gets 304 (no body) while the answer is unchanged.
 */
export const GET_ANSWER_MAX_AGE_SECONDS = 60;

/** Who the answer is for: answers depend on the caller's agency, region and roles, never on the token's other bytes. */
const callerKey = (identity: Identity | undefined) => (identity ? JSON.stringify([identity.sub, identity.agency, identity.region, [...identity.roles].sort()]) : "");

/** A strong validator of exactly these bytes for this caller (one caller's ETag never validates another's answer). */
export const answerETag = (identity: Identity | undefined, body: string) =>
  `"${createHash("sha256").update(callerKey(identity)).update("\n").update(body, "utf8").digest("base64url")}"`;

/** A complete answer with data and no error: a degraded answer (a subgraph down, a refusal) is never kept. */
function isCompleteAnswer(body: unknown): boolean {
  const answer = answerOf(body);
  return !!answer && answer.data != null && answer.errors === undefined;
}

/** RFC 9110 §13.1.2: `*`, or one of the listed tags (weak comparison: W/ is ignored). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

/**
 * GraphQL over GET (`/graphql?query=…` or `?extensions={"persistedQuery":…}`): a complete 200 answer
 * gets `Cache-Control: private, max-age=60`, `Vary: Authorization, Accept` and a strong `ETag` of its
 * body; a request whose `If-None-Match` names it gets 304 without a body. Every other answer keeps
 * Apollo Server's `no-store` and has no ETag. POST is untouched.
 */
export function cacheableGetAnswers(maxAgeSeconds = GET_ANSWER_MAX_AGE_SECONDS) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET") return next();
    beforeSend(res, (body) => {
      if (res.statusCode !== 200 || !isCompleteAnswer(body)) return;
      res.set("Cache-Control", `private, max-age=${maxAgeSeconds}`);
      res.vary("Authorization").vary("Accept");
      const etag = answerETag(res.locals.identity as Identity | undefined, body as string);
      res.set("ETag", etag);
      // answered here, not by express's `req.fresh`: that one ignores If-None-Match when the request says
      // `Cache-Control: no-cache` (as fetch does on every conditional request), and an origin must not
      if (matches(req.get("If-None-Match"), etag)) res.status(304); // res.send drops the body and its headers
    });
    next();
  };
}
