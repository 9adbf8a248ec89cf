import { Agency } from "@ipr/shared";
import { MONTHS, UNITS, pickCity, placeName, type World } from "@ipr/shared/demo";
import { OutreachAudience, type OutreachEvent } from "../entities/outreach-event";

const AUDIENCES: ReadonlyArray<readonly [OutreachAudience, string]> = [
  [OutreachAudience.FOREIGN_CHAMBER, "中国美国商会"], [OutreachAudience.FOREIGN_CHAMBER, "中国欧盟商会"], [OutreachAudience.FOREIGN_CHAMBER, "中国日本商会"],
  [OutreachAudience.FOREIGN_CHAMBER, "中德商会"], [OutreachAudience.FOREIGN_GOVERNMENT, "欧盟驻华代表团"], [OutreachAudience.FOREIGN_GOVERNMENT, "美国驻华使馆"],
  [OutreachAudience.FOREIGN_ENTERPRISES, "辖区外商投资企业"], [OutreachAudience.MIXED, "外国商会及外商投资企业代表"],
];
const TOPICS = ["外商投资企业知识产权保护专项行动进展", "投诉举报渠道与受理时限", "行政执法与刑事司法衔接", "跨境电商与寄递渠道侵权治理", "商业秘密保护", "海关知识产权备案"];
const ORGANISERS = [Agency.COMMERCE, Agency.COMMERCE, Agency.COMMERCE, Agency.OFFICE, Agency.SAIC, Agency.CUSTOMS];

/** A few outreach events a quarter in the provinces with most foreign investment, typical cases presented from the demo's own cases. */
export function outreach(world: World) {
  const rnd = world.random("commerce-outreach");
  const rows = world.rows<OutreachEvent>("commerce", "outreachEvents");
  const units = [...UNITS].sort((a, b) => b.weight - a.weight).slice(0, 8);
  for (const month of MONTHS)
    for (const unit of units) {
      if (!rnd.chance(0.25 * world.scale)) continue;
      const n = world.serial("commerce-outreach");
      const city = pickCity(rnd, unit);
      const [audienceKind, audience] = rnd.pick(AUDIENCES);
      const heldOn = `${month}-${String(rnd.int(5, 26)).padStart(2, "0")}`;
      const topics = [...new Set([TOPICS[0], rnd.pick(TOPICS), rnd.pick(TOPICS)])];
      const local = world.sources.filter((s) => s.region.startsWith(unit.code.slice(0, 2)) && s.holder.foreignInvested && s.date < heldOn);
      const typicalCases = local.length ? [...new Set([rnd.pick(local), rnd.pick(local)].map((s) => `${s.summary}案`))] : [];
      const organiser = rnd.pick(ORGANISERS);
      rows.push({
        id: world.id("commerce-outreach", n), title: `${placeName(city)}外商投资企业知识产权保护${audienceKind === OutreachAudience.FOREIGN_GOVERNMENT ? "交流会" : "座谈会"}`,
        heldOn, region: city.code, audienceKind, audience, attendees: rnd.int(20, 150), organiser, topics, typicalCases,
        recordedBy: `${organiser.toLowerCase()}-${city.code}`, recordedAt: new Date(`${heldOn}T18:00:00+08:00`),
      });
    }
}
