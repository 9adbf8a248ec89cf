import { Agency } from "@ipr/shared";
import { END, addDays, atLocal, personName, pickCity, schedule, type Random, type Row, type SourceCase, type World } from "@ipr/shared/demo";
import { ANSWER_DAYS, complaintDeadlines } from "../deadlines";
import { ComplaintChannel, ComplaintRightType, ComplaintStatus, type Complaint } from "../entities/complaint";
import { ComplaintEventKind, type ComplaintEvent } from "../entities/complaint-event";
import { CASE_KINDS } from "../entities/cases";

/** Complaints per unit of scale over the data set. */
const PER_SCALE = 150;

/** The right a case of each kind protects, and the agency a complaint about that right goes to. */
const RIGHT_OF: Record<string, ComplaintRightType> = {
  SAIC_CASE: ComplaintRightType.TRADEMARK, PATENT_CASE: ComplaintRightType.PATENT, COPYRIGHT_CASE: ComplaintRightType.COPYRIGHT,
  PLANT_VARIETY_CASE: ComplaintRightType.PLANT_VARIETY, CUSTOMS_SEIZURE: ComplaintRightType.TRADEMARK, POSTAL_INTERCEPTION: ComplaintRightType.TRADEMARK,
};
/** The kind of case a complaint about each right leads to; its owner is the agency it is routed to. */
const CASE_FOR: Record<ComplaintRightType, string> = {
  TRADEMARK: "SAIC_CASE", TRADE_SECRET: "SAIC_CASE", PATENT: "PATENT_CASE", COPYRIGHT: "COPYRIGHT_CASE", PLANT_VARIETY: "PLANT_VARIETY_CASE", OTHER: "SAIC_CASE",
};
const ownerOf = (caseType: string) => CASE_KINDS[caseType].agency;
const SUBJECTS: Record<ComplaintRightType, string> = {
  TRADEMARK: "仿冒注册商标的商品在当地销售", TRADE_SECRET: "前员工带走技术资料涉嫌侵犯商业秘密", PATENT: "同类产品涉嫌侵犯发明专利权",
  COPYRIGHT: "网络平台未经许可传播其作品", PLANT_VARIETY: "未经许可繁殖销售授权品种种子", OTHER: "仿冒其知名商品特有包装装潢",
};
/** Who received it, by the channel it came by. */
const CHANNELS: ReadonlyArray<readonly [readonly [ComplaintChannel, Agency], number]> = [
  [[ComplaintChannel.COMMERCE_CENTRE, Agency.COMMERCE], 40],
  [[ComplaintChannel.ONLINE, Agency.COMMERCE], 12],
  [[ComplaintChannel.LETTER, Agency.COMMERCE], 6],
  [[ComplaintChannel.HOTLINE_12315, ownerOf("SAIC_CASE")], 20],
  [[ComplaintChannel.HOTLINE_12330, ownerOf("PATENT_CASE")], 14],
  [[ComplaintChannel.OTHER, ownerOf("CUSTOMS_SEIZURE")], 4],
  [[ComplaintChannel.OTHER, ownerOf("COPYRIGHT_CASE")], 4],
];
const DECLINES = ["经核查不属于本部门职责范围", "投诉材料不足，无法确认侵权事实", "已通过司法途径处理，不予受理", "被投诉主体不在本辖区"];
const ANSWERS = ["已立案查处，处理结果已书面告知投诉人", "已将不予受理的理由书面告知投诉人，并告知其他救济途径", "已电话及书面答复投诉人"];

/** Foreign-invested right holders' cases by province, oldest first: what a complaint can lead to. */
function casesByUnit(world: World): Map<string, SourceCase[]> {
  const byUnit = new Map<string, SourceCase[]>();
  for (const s of world.sources) {
    if (!s.holder.foreignInvested || !RIGHT_OF[s.type]) continue;
    const list = byUnit.get(s.region.slice(0, 2)) ?? [];
    list.push(s);
    byUnit.set(s.region.slice(0, 2), list);
  }
  for (const list of byUnit.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byUnit;
}

/** A case in the province opened 0-7 days after receipt, not yet named by another complaint. */
function caseAfter(rnd: Random, cases: SourceCase[] | undefined, receivedOn: string, used: Set<string>): SourceCase | null {
  const last = addDays(receivedOn, 7);
  const fits = (cases ?? []).filter((c) => c.date >= receivedOn && c.date <= last && !used.has(c.id));
  return fits.length ? rnd.pick(fits) : null;
}

export function complaints(world: World) {
  const rnd = world.random("commerce-complaints");
  const byUnit = casesByUnit(world);
  const holders = world.sources.filter((s) => s.holder.foreignInvested).map((s) => s.holder);
  const used = new Set<string>();
  const rows = world.rows<Complaint>("commerce", "complaints");
  const events = world.rows<ComplaintEvent>("commerce", "complaintEvents");

  // complaints whose 60 days run out within the data set: nothing in it is dated after its end
  const lastReceipt = addDays(END, -ANSWER_DAYS);
  schedule(world, rnd, PER_SCALE, (unit, receivedOn) => {
    if (receivedOn > lastReceipt) return;
    const n = world.serial("commerce-complaint");
    const [channel, filer] = rnd.weighted(CHANNELS);
    const city = pickCity(rnd, unit);
    // most complaints lead to a case the province's agency opened for the complainant within days
    const source = rnd.chance(0.55) ? caseAfter(rnd, byUnit.get(unit.code.slice(0, 2)), receivedOn, used) : null;
    if (source) used.add(source.id);
    const rightType = source ? RIGHT_OF[source.type] : rnd.weighted([[ComplaintRightType.TRADEMARK, 5], [ComplaintRightType.PATENT, 3], [ComplaintRightType.COPYRIGHT, 2], [ComplaintRightType.TRADE_SECRET, 1], [ComplaintRightType.OTHER, 1]] as const);
    const holder = source?.holder ?? (holders.length ? rnd.pick(holders) : null);
    if (!holder) return;
    const handler = source ? { agency: source.agency, region: source.region } : { agency: ownerOf(CASE_FOR[rightType]), region: city.code };
    const region = source && filer !== Agency.COMMERCE ? source.region : city.code;
    const id = world.id("commerce-complaint", n);
    const filedAt = atLocal(receivedOn, rnd.int(9, 17), rnd.int(0, 59));
    const row: Row<Complaint> & { status: ComplaintStatus } = {
      id, complainantCreditCode: holder.creditCode, contactName: personName(rnd),
      contactPhone: `1${rnd.pick(["38", "39", "58", "86"])}${String(rnd.int(0, 99_999_999)).padStart(8, "0")}`,
      channel, rightType, subject: `${holder.name}反映${SUBJECTS[rightType]}`, description: `${holder.name}反映：${SUBJECTS[rightType]}，请求依法查处。`,
      region, receivedOn, filedByAgency: filer, filedBy: `${filer.toLowerCase()}-${region}`, filedAt,
      status: ComplaintStatus.RECEIVED, handlingAgency: filer, handlingRegion: region, routedAt: null, ...complaintDeadlines(receivedOn),
      decidedAt: null, decisionReason: null, resultingCaseType: null, resultingCaseId: null, answer: null, answeredOn: null,
    };
    rows.push(row);
    let step = 0;
    const event = (kind: ComplaintEventKind, at: Date, agency: Agency, actorRegion: string, extra: Partial<ComplaintEvent> = {}) =>
      events.push({ id: world.id("commerce-complaint-event", n, ++step), complaint: id, kind, at, agency, region: actorRegion, actor: `${agency.toLowerCase()}-${actorRegion}`, note: null, ...extra });
    event(ComplaintEventKind.FILED, filedAt, filer, region);

    // how far it got: a few stay where they are, past their deadline (the data set's end is long past)
    const stuck = rnd.weighted([["NONE", 84], ["RECEIVED", 4], ["ROUTED", 6], ["DECIDED", 6]] as const);
    const happened = (date: string) => date <= END;
    if (stuck === "RECEIVED") return;
    const routedOn = addDays(receivedOn, rnd.int(0, 2));
    if (!happened(routedOn)) return;
    const routedAt = atLocal(routedOn, 17, rnd.int(0, 59));
    Object.assign(row, { status: ComplaintStatus.ROUTED, handlingAgency: handler.agency, handlingRegion: handler.region, routedAt });
    // a city's complaint centre routes inside its city; to another city, the provincial centre does
    const router = handler.region.startsWith(region.slice(0, 4)) ? region : unit.code;
    event(ComplaintEventKind.ROUTED, routedAt, filer, router, { toAgency: handler.agency, toRegion: handler.region });
    if (stuck === "ROUTED") return;

    const decidedOn = source ? source.date : addDays(routedOn, rnd.int(1, 9));
    if (!happened(decidedOn)) return;
    const decidedAt = new Date(Math.max(atLocal(decidedOn, rnd.int(9, 18), rnd.int(0, 59)).getTime(), routedAt.getTime() + 3600_000));
    const reason = source ? "经核查，已立案调查" : rnd.pick(DECLINES);
    Object.assign(row, {
      status: source ? ComplaintStatus.ACCEPTED : ComplaintStatus.DECLINED, decidedAt, decisionReason: reason,
      resultingCaseType: source?.type ?? null, resultingCaseId: source?.id ?? null,
    });
    event(source ? ComplaintEventKind.ACCEPTED : ComplaintEventKind.DECLINED, decidedAt, handler.agency, handler.region, { note: reason });
    if (stuck === "DECIDED") return;

    const answeredOn = addDays(receivedOn, rnd.weighted([[rnd.int(10, 45), 80], [rnd.int(46, 60), 15], [rnd.int(61, 75), 5]] as const));
    if (!happened(answeredOn) || answeredOn < decidedOn) return;
    const answer = source ? ANSWERS[0] : rnd.pick(ANSWERS.slice(1));
    Object.assign(row, { status: ComplaintStatus.ANSWERED, answer, answeredOn });
    event(ComplaintEventKind.ANSWERED, atLocal(answeredOn, 16), handler.agency, handler.region, { note: answer });
  });
}
