import { addDays, atLocal, chinaDate, END, type Row, type World } from "@ipr/shared/demo";
import type { Agency } from "@ipr/shared";
import type { MajorCaseReport } from "../entities/major-case-report";
import { MajorCaseEventKind, type MajorCaseEvent } from "../entities/major-case-event";
import { MajorCaseRuleKind } from "../entities/major-case-rule";
import { SupervisionOutcome, type Supervision, type SupervisionProgress } from "../entities/supervision";
import { DEFAULT_REPORT_DAYS, isOverdue, reportDue } from "../major-cases/deadlines";
import { provinceOf } from "../major-cases/rules";
import { close, forward, openSupervision, report, reportProgress } from "../major-cases/workflow";

/** The default amount rule (migration 0007): the demo reports most cases that reach it … */
const MAJOR_AMOUNT = 1_000_000;
/** … and some smaller ones the handling agency judges major all the same. */
const JUDGED_MAJOR = 500_000;

interface Candidate {
  type: string;
  agency: Agency;
  id: string;
  region: string;
  date: string;
  amount: string;
  summary: string;
  holder: string;
}
/** The last day an act may start from, so every deadline it sets still falls inside the data set. */
const LAST_ACT = addDays(END, -35);

/**
 * Major-case reports and their supervision (重大案件报送, 督办) for the admin and criminal cases of ¥1,000,000
 * or more, and some smaller ones: most reported (a few late), most passed up, some still waiting on the provincial office; some
 * supervised, nationally or by the province, with progress reports (a few late), closed or still
 * open past their due date. Some major cases are left unreported for `majorCasesNotReported`.
 * Drawn from the office's own stream, so no other agency's data changes.
 */
export function generateMajorCases(world: World) {
  const rnd = world.random("office-major-cases");
  const reports = world.rows<MajorCaseReport>("office", "majorCaseReports");
  const supervisions = world.rows<Supervision>("office", "supervisions");
  const progressRows = world.rows<SupervisionProgress>("office", "supervisionProgress");
  const events = world.rows<MajorCaseEvent>("office", "majorCaseEvents");
  // the admin cases, and the criminal cases the police generator filed (the police's rows, read only)
  const criminal = (world.data.police?.criminalCases ?? []) as Array<Record<string, string>>;
  const candidates: Candidate[] = [
    ...world.sources.map((s) => ({ type: s.type, agency: s.agency, id: s.id, region: s.region, date: s.date, amount: s.amount, summary: s.summary, holder: s.holder.name })),
    ...criminal.map((c) => ({ type: "CRIMINAL_CASE", agency: "POLICE" as Agency, id: c.id, region: c.region, date: c.filedOn, amount: c.amountInvolved, summary: `刑事案件${c.filingNumber}`, holder: c.rightHolderCreditCode })),
  ].filter((c) => Number(c.amount) >= JUDGED_MAJOR && c.date >= "2017-09-01" && c.date <= LAST_ACT);

  for (const s of candidates) {
    const major = Number(s.amount) >= MAJOR_AMOUNT;
    if (major ? rnd.chance(0.15) : !rnd.chance(0.3)) continue; // never reported
    const id = world.id("major-case-report", world.serial("major-case-report"));
    const who = (agency: string, region: string) => ({ agency: agency as Agency, actorRegion: region, actor: `${agency.toLowerCase()}-${region}` });
    const event = (kind: MajorCaseEventKind, at: Date, actor: ReturnType<typeof who>, note: string | null, supervisionId: string | null = null) =>
      events.push({ id: world.id("major-case-event", world.serial("major-case-event")), report: id, supervisionId, kind, at, ...actor, note });
    const officeRegion = provinceOf(s.region);
    const province = who("OFFICE", officeRegion);
    const handler = who(s.agency, s.region);
    const national = who("OFFICE", "000000");

    const reportedAt = atLocal(addDays(s.date, rnd.weighted([[1, 4], [2, 4], [3, 3], [6, 2]] as const)), 9 + rnd.int(0, 8));
    const reportDueAt = reportDue(s.date, DEFAULT_REPORT_DAYS);
    const summary = `${s.summary}，涉案金额${Number(s.amount).toLocaleString("en-US")}元，权利人${s.holder}`.slice(0, 4000);
    const row: Row<MajorCaseReport> = {
      id, caseType: s.type, caseId: s.id, agency: s.agency, region: s.region, officeRegion, summary, grounds: major ? [MajorCaseRuleKind.AMOUNT_INVOLVED] : [],
      reportedAt, reportDueAt, reportedLate: isOverdue(reportDueAt, reportedAt), reportedBy: handler.actor, ...report(reportedAt, officeRegion).changes,
    };
    reports.push(row);
    event(MajorCaseEventKind.REPORTED, reportedAt, handler, summary);
    if (rnd.chance(0.12)) continue; // still waiting on the provincial office, overdue by now

    const forwardedAt = atLocal(addDays(chinaDate(reportedAt), rnd.weighted([[1, 6], [2, 3], [5, 1]] as const)), 15);
    Object.assign(row, forward({ status: row.status! }, forwardedAt).changes);
    event(MajorCaseEventKind.FORWARDED, forwardedAt, province, null);
    if (!rnd.chance(0.5)) continue;

    const byNation = rnd.chance(0.5);
    const office = byNation ? national : province;
    const openedAt = atLocal(addDays(chinaDate(forwardedAt), rnd.int(1, 10)), 10);
    if (chinaDate(openedAt) > LAST_ACT) continue;
    const dueOn = [addDays(chinaDate(openedAt), rnd.pick([60, 90, 120, 180])), END].sort()[0];
    const sid = world.id("supervision", world.serial("supervision"));
    const instructions = `请${handler.actorRegion}依法从快查处，查清生产、销售全链条，每30日报送进展`;
    const supervision: Row<Supervision> = { id: sid, report: id, region: s.region, officeRegion: office.actorRegion, instructions, ...openSupervision(0, openedAt, dueOn).changes };
    supervisions.push(supervision);
    event(MajorCaseEventKind.SUPERVISION_OPENED, openedAt, office, instructions, sid);

    // progress every 20-40 days (past 30 is late) while open; closed by its due date or left open
    const closes = rnd.chance(0.6);
    let last = openedAt;
    for (let n = 1; ; n++) {
      const next = atLocal(addDays(chinaDate(last), rnd.weighted([[20, 3], [28, 4], [36, 2]] as const)), 11);
      if (chinaDate(next) > LAST_ACT || (closes && chinaDate(next) > dueOn) || (!closes && n > 1 && rnd.chance(0.4))) break;
      const step = reportProgress({ status: supervision.status!, nextProgressDueAt: supervision.nextProgressDueAt as Date }, next);
      const progress = n === 1 ? "已成立专案组，查明主要窝点" : `第${n}次进展：已固定证据，正在追查上下游`;
      progressRows.push({ id: world.id("supervision-progress", world.serial("supervision-progress")), supervision: sid, reportedAt: next, agency: handler.agency, actor: handler.actor, progress, late: step.late });
      Object.assign(supervision, step.changes);
      event(MajorCaseEventKind.PROGRESS_REPORTED, next, handler, progress, sid);
      last = next;
    }
    if (!closes) continue; // open: past its due date by now, its progress overdue
    const closedAt = atLocal(addDays(chinaDate(last), rnd.int(1, 10)), 16);
    if (chinaDate(closedAt) > END) continue;
    const outcome = rnd.chance(0.9) ? SupervisionOutcome.CONCLUDED : SupervisionOutcome.WITHDRAWN;
    const result = outcome === SupervisionOutcome.CONCLUDED ? "案件已依法办结，督办结束" : "已并入上级督办，撤销本级督办";
    Object.assign(supervision, close({ status: supervision.status! }, closedAt, outcome, result).changes);
    event(MajorCaseEventKind.SUPERVISION_CLOSED, closedAt, office, `${outcome}: ${result}`, sid);
  }
}
