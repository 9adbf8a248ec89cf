import { Agency, MANIFESTS, fromFen, toFen } from "@ipr/shared";
import { UNITS, addDays, atLocal, chinaDate, demoFigures, personName, type World } from "@ipr/shared/demo";
import type { ImplementationPlanVersion } from "../entities/implementation-plan";
import type { WorkProgressVersion } from "../entities/work-progress";
import type { SpecialWorkReportVersion } from "../entities/special-work-report";
import type { TypicalCase } from "../entities/typical-case";
import type { SubmittedFigures } from "../schema/submitted-figures";

/** The action plan's months and due dates, as migration 0002 gives its phases. */
const MONTHS = ["2017-09", "2017-10", "2017-11", "2017-12"];
const PLAN_DUE = "2017-09-10";
const REPORT_DUE = "2017-12-31";

const MEASURES = [
  "建立外商投资企业知识产权保护联络员制度，畅通投诉举报渠道",
  "以商标、专利、著作权为重点，集中开展外商投资企业知识产权执法检查",
  "加强进出口环节知识产权保护，严查侵权货物进出境",
  "强化寄递渠道安全管理，落实收寄验视、实名收寄和过机安检",
  "健全行政执法与刑事司法衔接，及时移送涉嫌犯罪案件",
  "加大典型案例曝光力度，形成有力震慑",
  "加强展会、电子商务平台等重点领域和环节监管",
];
const ROLES = ["省打假办综合处处长", "省打假办联络员", "省工商局商标处副处长", "省公安厅经侦总队科长"];
/** Member agencies that can carry a measure: every agency of the registry but the office itself. */
const MEMBERS = MANIFESTS.flatMap((m) => (m.agency && m.agency !== Agency.OFFICE ? [m.agency as Agency] : []));

type When = { at: Date | null; late: boolean };
/** On time mostly, some late, a few missing: the status lists have something to show. */
function when(rnd: ReturnType<World["random"]>, opens: string, due: string): When {
  const roll = rnd.int(1, 100);
  if (roll <= 10) return { at: null, late: false };
  const late = roll <= 25;
  const day = late ? addDays(due, rnd.int(1, 20)) : addDays(opens, rnd.int(0, Math.max(0, Math.round((Date.parse(due) - Date.parse(opens)) / 86_400_000))));
  return { at: atLocal(day, rnd.int(9, 17), rnd.int(0, 59)), late };
}

const monthName = (period: string) => `${Number(period.slice(5))}月`;

/** Implementation plans, monthly narratives and a special work report per unit, some amended, some late, some missing. */
export function generateDeliverables(world: World) {
  const rnd = world.random("office-deliverables");
  const plans = world.rows<ImplementationPlanVersion>("office", "implementationPlanVersions");
  const narratives = world.rows<WorkProgressVersion>("office", "workProgressVersions");
  const reports = world.rows<SpecialWorkReportVersion>("office", "specialWorkReportVersions");
  const typical = world.rows<TypicalCase>("office", "typicalCases");

  for (const unit of UNITS) {
    const by = `office-${unit.code}`;
    const plan = when(rnd, "2017-09-08", PLAN_DUE);
    if (plan.at) {
      const measures = MEASURES.filter(() => rnd.chance(0.6)).slice(0, 5);
      const content = {
        measures: measures.length ? measures : MEASURES.slice(0, 2),
        responsibleAgencies: MEMBERS.filter(() => rnd.chance(0.5)),
        contacts: [{ name: personName(rnd), role: rnd.pick(ROLES), phone: `0${rnd.int(10, 99)}-${rnd.int(60000000, 89999999)}` }],
      };
      if (!content.responsibleAgencies.length) content.responsibleAgencies = [MEMBERS[0]];
      plans.push({ id: world.id("plan", unit.code, 1), region: unit.code, version: 1, submittedAt: plan.at, submittedBy: by, reason: null, ...content });
      if (rnd.chance(0.2))
        plans.push({
          id: world.id("plan", unit.code, 2), region: unit.code, version: 2, submittedAt: atLocal(addDays(PLAN_DUE, rnd.int(15, 40)), 10), submittedBy: by,
          reason: "补充责任单位和联络人", ...content, measures: [...content.measures, MEASURES[6]],
        });
    }

    MONTHS.forEach((period, i) => {
      const due = `${MONTHS[i + 1] ?? "2018-01"}-15`;
      const sent = when(rnd, `${MONTHS[i + 1] ?? "2018-01"}-01`, due);
      if (!sent.at) return;
      const figures = demoFigures(world, unit.code, period, chinaDate(sent.at));
      const admin = ["tradeSecretCases", "trademarkCases", "patentCases", "copyrightCases", "plantVarietyCases"].reduce((n, line) => n + Number(figures[line].cases), 0);
      narratives.push({
        id: world.id("work-progress", unit.code, period, 1), region: unit.code, period, version: 1, submittedAt: sent.at, submittedBy: by, reason: null,
        narrative: `${monthName(period)}，${unit.name}各成员单位按照实施方案推进专项行动，查处侵犯外商投资企业知识产权行政案件${admin}起，` +
          `公安机关立案${figures.police.casesFiled}起、抓获犯罪嫌疑人${figures.police.suspectsCaught}人。`,
      });
    });

    const report = when(rnd, "2017-12-01", REPORT_DUE);
    if (!report.at) continue;
    const months = MONTHS.map((period) => ({ period, figures: demoFigures(world, unit.code, period, chinaDate(report.at!)) }));
    const trademarkAmount = months.reduce((n, m) => n + toFen(String(m.figures.trademarkCases.amountInvolved)), 0n);
    const cases = typical.filter((t) => t.region === unit.code && MONTHS.includes(t.period)).slice(0, 3);
    reports.push({
      id: world.id("special-work-report", unit.code, 1), region: unit.code, version: 1, submittedAt: report.at, submittedBy: by, reason: null,
      narrative:
        `一、组织领导。${unit.name}印发实施方案，明确各成员单位职责分工。\n` +
        `二、集中行动。2017年9月至12月，各成员单位严肃查处侵犯外商投资企业知识产权违法犯罪行为，查处商标侵权案件涉案金额${fromFen(trademarkAmount)}元。\n` +
        `三、经验与问题。健全行政执法与刑事司法衔接机制；跨区域协作仍需加强。\n四、下一步工作。巩固行动成果，建立长效机制。`,
      months: months.map((m) => ({ period: m.period, figures: m.figures as unknown as SubmittedFigures })),
      typicalCaseIds: cases.map((c) => c.id as string),
    });
  }
}
