import type { IncomingMessage } from "node:http";
import { logger, verifySignedRequest, type Identity, type SubgraphDefinition } from "@ipr/shared";
import { BadAuditEntry, parseAuditDelivery, type AuditRow } from "./audit-parse";
import { appendAuditEntries } from "./audit-store";

export { BadAuditEntry, parseAuditDelivery, parseAuditEntry, quarantine, MAX_ENTRIES, type AuditRow } from "./audit-parse";
export { appendAuditEntries } from "./audit-store";

/**
 * The gateway's own identity when it delivers audit entries. Only this route honours it: /graphql
 * treats it like any caller, and the gateway never forwards a client's request here (this is not
 * GraphQL and not in the supergraph), so a client cannot write the audit trail.
 */
import { AUDIT_WRITER } from "@ipr/shared";
export { AUDIT_WRITER };
export const AUDIT_PATH = "/internal/audit";
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export const isAuditWriter = (who: Identity) =>
  who.sub === AUDIT_WRITER.sub && who.agency === AUDIT_WRITER.agency && who.region === AUDIT_WRITER.region && who.roles.includes("audit-writer");

class TooLarge extends Error {}

async function rawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const refusal = (code: string, message: string, field?: string) => ({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });

/**
 * `POST /internal/audit`: the gateway delivers audit entries, signed like any subgraph call with
 * SUBGRAPH_SECRET, as AUDIT_WRITER. 401 for anything not so signed, 400 for a malformed delivery
 * (not `{ entries: [...] }`: nothing written), 503 when the database cannot be reached, 200
 * `{ received, recorded, quarantined }` otherwise: a malformed entry, or one PostgreSQL refuses, is
 * recorded in quarantined form (audit-parse.ts `quarantine`) instead of failing the delivery.
 */
export const auditRoutes: NonNullable<SubgraphDefinition["routes"]> = (app, { db, secrets }) => {
  app.post(AUDIT_PATH, async (req, res) => {
    let body: Buffer;
    try {
      body = await rawBody(req);
    } catch (e) {
      if (e instanceof TooLarge) return void res.status(413).json(refusal("BAD_USER_INPUT", `at most ${MAX_BODY_BYTES} bytes per delivery`));
      throw e;
    }
    let who: Identity;
    try {
      who = verifySignedRequest(req.headers, body, secrets);
    } catch (e) {
      return void res.status(401).json(refusal("UNAUTHENTICATED", (e as Error).message));
    }
    if (!isAuditWriter(who)) return void res.status(401).json(refusal("UNAUTHENTICATED", "only the gateway's audit writer delivers audit entries"));
    let rows: AuditRow[];
    try {
      rows = parseAuditDelivery(JSON.parse(body.toString("utf8")));
    } catch (e) {
      const field = e instanceof BadAuditEntry ? e.field : undefined;
      return void res.status(400).json(refusal("BAD_USER_INPUT", e instanceof SyntaxError ? "body is not JSON" : (e as Error).message, field));
    }
    try {
      const { recorded, quarantined } = await appendAuditEntries(db, rows);
      if (quarantined) logger.warn({ quarantined, received: rows.length }, "audit entries recorded in quarantined form");
      res.json({ received: rows.length, recorded, quarantined });
    } catch (e) {
      logger.error({ err: e }, "audit entries could not be recorded");
      res.status(503).json(refusal("SERVICE_UNAVAILABLE", "audit entries could not be recorded; retry"));
    }
  });
};
