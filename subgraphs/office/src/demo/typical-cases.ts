import { END, UNITS, addDays, atLocal, cityOf, shortName, within, type World } from "@ipr/shared/demo";
import { PublicationStatus, type TypicalCase } from "../entities/typical-case";

/** Where typical cases are published (公开发布). */
const OUTLETS = ["中国知识产权报", "全国打击侵权假冒工作领导小组办公室网站", "人民日报", "省打击侵权假冒工作领导小组办公室网站", "法制日报"];

/**
 * A few typical cases per reporting unit (查处典型案例), as units send them with the monthly table:
 * chosen among the unit's larger cases, preferably those that went on to a criminal case (the
 * chain's `world.outcomes`), named after the organ each agency's generator gives. Each refers to
 * its record (the figures are the record's); about half are published.
 */
export function generateOffice(world: World) {
  const outcomes = world.outcomes;
  const rnd = world.random("office");
  for (const unit of UNITS) {
    const candidates = world.sources
      .filter((s) => s.region.startsWith(unit.code.slice(0, 2)))
      .sort((a, b) => Number(outcomes.has(b.id)) - Number(outcomes.has(a.id)) || Number(b.amount) - Number(a.amount));
    const wanted = rnd.count(world.scale * (1 + unit.weight / 3));
    const pool = candidates.slice(0, Math.max(5, wanted * 3));
    for (let i = 0; i < wanted && pool.length > 0; i++) {
      const s = pool.splice(rnd.int(0, pool.length - 1), 1)[0];
      const city = cityOf(s.region);
      const organ = world.organs.get(s.agency)!;
      const [y, m] = [s.date.slice(0, 4), Number(s.date.slice(5, 7))];
      const reported = addDays(s.date, rnd.int(20, 45));
      // about half are published a few days to weeks after they were reported
      const publishedOn = rnd.chance(0.5) ? within(reported, rnd.int(3, 30)) : null;
      world.rows<TypicalCase>("office", "typicalCases").push({
        id: world.id("typical-case", world.serial("typical-case")), region: unit.code, period: s.date.slice(0, 7), agency: s.agency,
        // the record it is about: its number, amount, campaign and outcome are read from it
        recordType: s.type, recordId: s.id, campaign: null,
        publicationStatus: publishedOn ? PublicationStatus.PUBLISHED : PublicationStatus.UNPUBLISHED, publishedOn,
        outlet: publishedOn ? rnd.pick(OUTLETS) : null, publishedBy: publishedOn ? `office-${unit.code}` : null,
        title: `${shortName(city)}${organ}查处${s.summary}案`.slice(0, 200),
        summary:
          `${y}年${m}月，${city.name}${organ}查处${s.summary}案，涉案金额${Number(s.amount).toLocaleString("en-US")}元，` +
          `权利人为${s.holder.name}${s.holder.foreignInvested ? "（外商投资企业）" : ""}。${outcomes.get(s.id) ?? "已依法作出行政处罚。"}`,
        createdBy: `office-${unit.code}`, createdAt: atLocal(reported < END ? reported : END, 10),
      });
    }
  }
}
