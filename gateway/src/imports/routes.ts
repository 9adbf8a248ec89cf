import { Router, type Request, type Response } from "express";
import type { ApolloServer } from "@apollo/server";
import { GraphQLInputObjectType, type GraphQLSchema } from "graphql";
import { IMPORTABLE, type Identity } from "@ipr/shared";
import type { Authenticator } from "../auth";
import type { GatewayContext } from "../data-source";
import { authenticated, refusal, send } from "../exports/routes";
import { XLSX_CONTENT_TYPE } from "../exports/xlsx";
import { readUpload } from "./body";
import { importColumns, importNamed } from "./columns";
import { jobOf, startJob, type ImportJob } from "./jobs";
import { UploadRefused } from "./refusal";
import { parseRows } from "./rows";
import { sheetRows } from "./sheet";
import { importTemplate } from "./template";

export interface ImportOptions {
  server: ApolloServer<GatewayContext>;
  authenticate: Authenticator;
  /** The supergraph's own types: the columns are the create inputs' fields as composed */
  supergraph: GraphQLSchema;
}

const specOf = (name: string) => {
  const spec = importNamed(name);
  if (!spec) throw refusal("NOT_FOUND", `no import named ${JSON.stringify(name)}; one of ${IMPORTABLE.map((i) => i.name).join(", ")}`);
  return spec;
};

/** What GET /imports/jobs/<id> answers: the job without its owner. */
const view = ({ owner: _owner, finishedAt: _f, ...job }: ImportJob) => job;

const refused = (res: Response, e: UploadRefused) =>
  void res.status(e.status).set({ "Cache-Control": "no-store", Connection: "close" }).json({ errors: [{ message: e.message, extensions: { code: e.code } }] });

/**
 * Spreadsheet imports, with the token and rules of the create mutations:
 * `GET /imports` (the types), `GET /imports/templates/<type>.xlsx`, `POST /imports/<type>` (the XLSX or
 * CSV as the body; 202 with a job; `?dryRun=true` checks only) and `GET /imports/jobs/<id>`.
 */
export function importRoutes({ server, authenticate, supergraph }: ImportOptions): Router {
  const router = Router();
  const columnsOf = (name: string) => {
    const spec = specOf(name);
    return { spec, columns: importColumns(supergraph, spec) };
  };

  router.get("/", authenticated(authenticate, async (_req, res) => {
    res.set("Cache-Control", "no-store").json({
      imports: IMPORTABLE.map((i) => ({ type: i.name, agency: i.agency, template: `/imports/templates/${i.name}.xlsx`, upload: `/imports/${i.name}`, columns: importColumns(supergraph, i) })),
    });
  }));

  router.get("/templates/:file", authenticated(authenticate, async (req, res) => {
    const name = String(req.params.file).replace(/\.xlsx$/, "");
    const { spec, columns } = columnsOf(name);
    send(res, XLSX_CONTENT_TYPE, `${spec.name}.xlsx`, await importTemplate(spec, columns));
  }));

  router.get("/jobs/:id", authenticated(authenticate, async (req, res, identity) => {
    const job = jobOf(String(req.params.id), identity);
    if (!job) throw refusal("NOT_FOUND", "no import job with that id of yours");
    res.set("Cache-Control", "no-store").json(view(job));
  }));

  router.post("/:type", authenticated(authenticate, async (req: Request, res: Response, identity: Identity) => {
    const { spec, columns } = columnsOf(String(req.params.type));
    // the same agency rule as the create mutation, before a byte of the file is read
    if (identity.agency !== spec.agency) throw refusal("FORBIDDEN", `only ${spec.agency} imports ${spec.name}; you act for ${identity.agency}`);
    const dryRun = req.query.dryRun === "true" || req.query.dryRun === "1";
    let job: ImportJob;
    try {
      const file = await readUpload(req);
      const input = supergraph.getType(spec.input) as GraphQLInputObjectType;
      job = startJob(server, identity, spec, columns, parseRows(await sheetRows(file), columns, input), dryRun);
    } catch (e) {
      if (e instanceof UploadRefused) return refused(res, e);
      throw e;
    }
    res.status(202).set({ Location: `/imports/jobs/${job.id}`, "Cache-Control": "no-store" }).json(view(job));
  }));
  return router;
}
