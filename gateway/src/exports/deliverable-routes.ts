import { Router, type Request } from "express";
import type { Identity } from "@ipr/shared";
import { CSV_CONTENT_TYPE } from "./csv";
import { XLSX_CONTENT_TYPE } from "./xlsx";
import { PDF_CONTENT_TYPE, documentPdf } from "./special-report-pdf";
import { documentCsv, documentXlsx } from "./deliverable-files";
import { narrativesDocument, plansDocument, specialReportDocument } from "./deliverable-documents";
import { NARRATIVES, PLANS, SPECIAL_REPORT, pickVersion, type NarrativeVersion, type PlanVersion, type SpecialReport, type Tracked } from "./deliverables-model";
import { authenticated, execute, param, refusal, send, versionParam, type ExportOptions } from "./routes";
import { exportFileName } from "./paper-table";
import { ExportDataError } from "./model";

/**
 * The campaign's other deliverables, read through the federated query with the caller's identity like
 * the monthly table: `GET /reports/implementation-plans.csv|.xlsx` (every unit in the caller's region),
 * `GET /reports/work-progress.csv|.xlsx?period`, and `GET /reports/special-work-report.csv|.xlsx|.pdf?region[&version=submitted|<n>]`
 * (a submitted version only: the report is the unit's frozen statement, there is no live one).
 */
export function deliverableExportRoutes({ server, authenticate, now = () => new Date() }: ExportOptions): Router {
  const router = Router();

  const plans = async (identity: Identity) => {
    const { implementationPlans } = await execute<{ implementationPlans: Array<Tracked<PlanVersion>> }>(server, identity, PLANS, {});
    if (!Array.isArray(implementationPlans)) throw new ExportDataError("implementationPlans is not a list");
    const at = now();
    return { doc: plansDocument(implementationPlans, at), at, name: (ext: string) => exportFileName("implementation-plans", [], "", ext) };
  };
  const narratives = async (req: Request, identity: Identity) => {
    const period = param(req, "period");
    const { workProgressReports } = await execute<{ workProgressReports: Array<Tracked<NarrativeVersion>> }>(server, identity, NARRATIVES, { period });
    const at = now();
    return { doc: narrativesDocument(period, workProgressReports, at), at, name: (ext: string) => exportFileName("work-progress", [period], "", ext) };
  };
  const specialReport = async (req: Request, identity: Identity) => {
    const variables = { region: param(req, "region") };
    const wanted = versionParam(req);
    const { specialWorkReport } = await execute<{ specialWorkReport: SpecialReport }>(server, identity, SPECIAL_REPORT, variables);
    const version = pickVersion(specialWorkReport.versions, wanted);
    if (!version) {
      const what = wanted === undefined || wanted === "submitted" ? "has not been submitted" : `has no version ${wanted} (it has ${specialWorkReport.versions.length})`;
      throw refusal("NOT_FOUND", `the special work report of ${specialWorkReport.region} ${what}`, "version");
    }
    const name = (ext: string) => exportFileName("special-work-report", [specialWorkReport.region, `v${version.version}`], "", ext);
    return { doc: specialReportDocument(specialWorkReport, version), at: now(), name };
  };

  router.get("/implementation-plans.csv", authenticated(authenticate, async (_req, res, identity) => {
    const { doc, name } = await plans(identity);
    send(res, CSV_CONTENT_TYPE, name("csv"), documentCsv(doc));
  }));
  router.get("/implementation-plans.xlsx", authenticated(authenticate, async (_req, res, identity) => {
    const { doc, at, name } = await plans(identity);
    send(res, XLSX_CONTENT_TYPE, name("xlsx"), await documentXlsx(doc, "实施方案", at));
  }));
  router.get("/work-progress.csv", authenticated(authenticate, async (req, res, identity) => {
    const { doc, name } = await narratives(req, identity);
    send(res, CSV_CONTENT_TYPE, name("csv"), documentCsv(doc));
  }));
  router.get("/work-progress.xlsx", authenticated(authenticate, async (req, res, identity) => {
    const { doc, at, name } = await narratives(req, identity);
    send(res, XLSX_CONTENT_TYPE, name("xlsx"), await documentXlsx(doc, "工作推进情况", at));
  }));
  router.get("/special-work-report.csv", authenticated(authenticate, async (req, res, identity) => {
    const { doc, name } = await specialReport(req, identity);
    send(res, CSV_CONTENT_TYPE, name("csv"), documentCsv(doc));
  }));
  router.get("/special-work-report.xlsx", authenticated(authenticate, async (req, res, identity) => {
    const { doc, at, name } = await specialReport(req, identity);
    send(res, XLSX_CONTENT_TYPE, name("xlsx"), await documentXlsx(doc, "专项工作报告", at));
  }));
  router.get("/special-work-report.pdf", authenticated(authenticate, async (req, res, identity) => {
    const { doc, at, name } = await specialReport(req, identity);
    send(res, PDF_CONTENT_TYPE, name("pdf"), await documentPdf(doc, at));
  }));
  return router;
}
