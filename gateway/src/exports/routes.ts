import { Router, type Request, type Response } from "express";
import type { ApolloServer } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { logger, type Identity } from "@ipr/shared";
import { requestIdentity, type Authenticator } from "../auth";
import type { GatewayContext } from "../data-source";
import { CSV_CONTENT_TYPE, paperTableCsv } from "./csv";
import { longFormatCsv } from "./long-format";
import { ExportDataError, MANY_REPORTS, ONE_REPORT, SCOPES, VERSIONED_REPORT, asSubmitted, type MonthlyReport, type SubmittedVersion } from "./model";
import { exportFileName, paperTable } from "./paper-table";
import { XLSX_CONTENT_TYPE, paperTableXlsx } from "./xlsx";

export interface ExportOptions {
  server: ApolloServer<GatewayContext>;
  /** Verifies caller tokens as /graphql does (used when no earlier middleware has) */
  authenticate: Authenticator;
  /** Clock of 报送时间 (the generation time); tests may fix it */
  now?: () => Date;
}

/** An export refused: the HTTP status and the same error body /graphql would give. */
class Refusal extends Error {
  constructor(readonly status: number, readonly errors: readonly GraphQLFormattedError[]) {
    super(errors[0]?.message ?? "refused");
  }
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, EXECUTION_TIMEOUT: 504 };

export const refusal = (code: string, message: string, field?: string) =>
  new Refusal(STATUS[code] ?? 502, [{ message, extensions: { code, ...(field ? { field } : {}) } }]);

/** A query parameter given once as text; `optional` lets it be absent. */
export function param(req: Request, name: string, optional: true): string | undefined;
export function param(req: Request, name: string): string;
export function param(req: Request, name: string, optional = false): string | undefined {
  const value = req.query[name];
  if (value === undefined && optional) return undefined;
  if (typeof value !== "string" || !value.trim()) throw refusal("BAD_USER_INPUT", `${name}: give it once, e.g. ?${name}=${EXAMPLE[name] ?? "…"}`, name);
  return value.trim();
}
const EXAMPLE: Record<string, string> = { region: "440000", period: "2017-10", version: "submitted", from: "2017-09", to: "2017-12", regions: "440000,310000" };

function scopeParam(req: Request): string {
  const scope = param(req, "scope", true) ?? "FOREIGN_INVESTED";
  if (!(SCOPES as readonly string[]).includes(scope)) throw refusal("BAD_USER_INPUT", `scope: ${JSON.stringify(scope)} is not one of ${SCOPES.join(", ")}`, "scope");
  return scope;
}

/** `version=submitted` (the version in force) or `version=<n>` (1 = the submission, 2… the amendments); absent = live. */
export function versionParam(req: Request): "submitted" | number | undefined {
  const version = param(req, "version", true);
  if (version === undefined || version === "submitted") return version;
  if (/^[1-9]\d{0,5}$/.test(version)) return Number(version);
  throw refusal("BAD_USER_INPUT", `version: ${JSON.stringify(version)} is neither "submitted" nor a version number (1 = the submission)`, "version");
}

/** `bom=0` (or `false`) leaves out the byte order mark, for tools that do not strip it. */
function bomParam(req: Request): boolean {
  const bom = param(req, "bom", true);
  return !(bom === "0" || bom === "false");
}

/**
 * Runs the operation through the running ApolloServer, exactly as /graphql would for this caller:
 * same gateway, same query plan, same signed subgraph calls and the same access checks in each
 * subgraph. Any GraphQL error refuses the whole export (no partial tables): its code picks the status.
 */
export async function execute<T>(server: ApolloServer<GatewayContext>, identity: Identity, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await server.executeOperation<T>({ query, variables }, { contextValue: { identity } });
  if (response.body.kind !== "single") throw refusal("INTERNAL_SERVER_ERROR", "unexpected incremental response");
  const { data, errors } = response.body.singleResult;
  if (errors?.length) {
    const code = errors.map((e) => e.extensions?.code).find((c): c is string => typeof c === "string" && c in STATUS);
    throw new Refusal(code ? STATUS[code] : 502, errors);
  }
  if (!data) throw refusal("INTERNAL_SERVER_ERROR", "the gateway returned no data");
  return data;
}

export function send(res: Response, contentType: string, fileName: string, body: string | Buffer) {
  res.set({
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "no-store",
    Vary: "Authorization",
    "X-Content-Type-Options": "nosniff",
  });
  res.status(200).send(typeof body === "string" ? Buffer.from(body, "utf8") : body);
}

type Handler = (req: Request, res: Response, identity: Identity) => Promise<void>;

/** Same authentication as /graphql; refusals and failures answer with a JSON `{ errors }` body. */
export function authenticated(authenticate: Authenticator, handler: Handler) {
  return async (req: Request, res: Response) => {
    try {
      const identity =
        requestIdentity(res) ??
        (await authenticate(req.headers.authorization).catch((e: Error) => {
          throw refusal("UNAUTHENTICATED", e.message);
        }));
      await handler(req, res, identity);
    } catch (error) {
      let refused: Refusal;
      if (error instanceof Refusal) refused = error;
      else if (error instanceof ExportDataError) {
        logger.error({ err: error }, "export: the gateway answered outside the contract");
        refused = refusal("BAD_GATEWAY", "the federated report did not match the contract");
      } else {
        logger.error({ err: error }, "export failed");
        refused = new Refusal(500, [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
      }
      if (refused.status === 401) res.set("WWW-Authenticate", 'Bearer realm="ipr"');
      res.status(refused.status).set("Cache-Control", "no-store").json({ errors: refused.errors });
    }
  };
}

/**
 * `GET /reports/monthly.csv|.xlsx?region&period[&scope][&version]`: one unit's table for one month in the
 * layout of the action plan's paper table, live or (`version=submitted|<n>`) as the office froze a version; `GET /reports/monthly-long.csv?[regions]&from&to[&scope]`: one
 * row per unit × month × measure for BI tools. Everything is read through the federated query.
 */
export function exportRoutes({ server, authenticate, now = () => new Date() }: ExportOptions): Router {
  const router = Router();

  const oneReport = async (req: Request, identity: Identity) => {
    const variables = { region: param(req, "region"), period: param(req, "period"), scope: scopeParam(req) };
    const wanted = versionParam(req);
    const generatedAt = now();
    if (wanted === undefined) {
      const { monthlyReport } = await execute<{ monthlyReport: MonthlyReport }>(server, identity, ONE_REPORT, variables);
      const name = (ext: string) => exportFileName("monthly", [monthlyReport.region, monthlyReport.period], monthlyReport.scope, ext);
      return { table: paperTable(monthlyReport, generatedAt), generatedAt, name };
    }
    // a frozen version: the figures the office recorded at submission or amendment, never today's
    type Versioned = MonthlyReport & { submissions: SubmittedVersion[] };
    const { monthlyReport } = await execute<{ monthlyReport: Versioned }>(server, identity, VERSIONED_REPORT, variables);
    const { submissions, ...report } = monthlyReport;
    if (!Array.isArray(submissions)) throw new ExportDataError("monthlyReport.submissions is not a list");
    const version = wanted === "submitted" ? submissions[submissions.length - 1] : submissions.find((v) => v.version === wanted);
    if (!version) {
      const what = wanted === "submitted" ? "has not been submitted" : `has no version ${wanted} (it has ${submissions.length})`;
      throw refusal("NOT_FOUND", `the ${report.period} table of ${report.region} ${what}`, "version");
    }
    const name = (ext: string) => exportFileName("monthly", [report.region, report.period, `v${version.version}`], report.scope, ext);
    return { table: paperTable(asSubmitted(report, version), generatedAt, version), generatedAt, name };
  };

  router.get(
    "/monthly.csv",
    authenticated(authenticate, async (req, res, identity) => {
      const { table, name } = await oneReport(req, identity);
      send(res, CSV_CONTENT_TYPE, name("csv"), paperTableCsv(table));
    }),
  );

  router.get(
    "/monthly.xlsx",
    authenticated(authenticate, async (req, res, identity) => {
      const { table, generatedAt, name } = await oneReport(req, identity);
      send(res, XLSX_CONTENT_TYPE, name("xlsx"), await paperTableXlsx(table, generatedAt));
    }),
  );

  router.get(
    "/monthly-long.csv",
    authenticated(authenticate, async (req, res, identity) => {
      const given = param(req, "regions", true);
      const regions = given === undefined ? null : given.split(",").map((r) => r.trim()).filter(Boolean);
      if (regions && !regions.length) throw refusal("BAD_USER_INPUT", "regions: give a comma-separated list of region codes, or leave it out", "regions");
      const variables = { regions, from: param(req, "from"), to: param(req, "to"), scope: scopeParam(req) };
      const bom = bomParam(req);
      const { monthlyReports } = await execute<{ monthlyReports: MonthlyReport[] }>(server, identity, MANY_REPORTS, variables);
      send(res, CSV_CONTENT_TYPE, exportFileName("monthly-long", [variables.from, variables.to], variables.scope, "csv"), longFormatCsv(monthlyReports, { bom }));
    }),
  );

  return router;
}
