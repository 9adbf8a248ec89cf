import { Agency, CampaignCode } from "@ipr/shared";
import {
  CASES_PER_SCALE, FOREIGN_SHARE, TRADE_GOODS, addDays, amount, atLocal, campaignFor, dateBetween, pickCity, schedule, shortName, year,
  type Holder, type Random, type Register, type Right, type World,
} from "@ipr/shared/demo";
import { PatentCaseCategory, PatentCaseSource, PatentKeyField, type PatentCase } from "../entities/patent-case";
import type { Patent } from "../entities/patent";
import { PatentKind, makePatentNumber } from "../patent-number";

/** The IP offices' share of the admin cases, second to SAIC's. */
const SHARE = 0.2;

const KIND_OF = { 1: PatentKind.INVENTION, 2: PatentKind.UTILITY_MODEL, 3: PatentKind.DESIGN, 8: PatentKind.INVENTION, 9: PatentKind.UTILITY_MODEL } as const;
/** Days from application to grant, by type digit: inventions are examined for years, designs for months. */
const GRANT_DELAY = { 1: [700, 1400], 2: [200, 450], 3: [150, 360], 8: [800, 1500], 9: [250, 500] } as const;
const SUBJECTS = ["连接器", "散热装置", "控制方法", "包装结构", "固定支架", "检测系统", "密封组件", "驱动电路"];

/** The patentee's granted patents: applied for 2008-2015, granted by mid-2017, so before any case. */
export function patentOf(world: World, rnd: Random, holder: Holder): Right {
  const patents = holder.rights.patent;
  if (patents.length > 0 && !(patents.length < 5 && rnd.chance(0.2))) return rnd.pick(patents);
  let type = rnd.weighted([[1, 40], [2, 35], [3, 25]] as const) as 1 | 2 | 3 | 8 | 9;
  if (holder.foreignInvested && type !== 3 && rnd.chance(0.25)) type = type === 1 ? 8 : 9; // PCT applications entering China
  const filed = dateBetween(rnd, 2008, 2015);
  const [min, max] = GRANT_DELAY[type];
  let grantedOn = addDays(filed, rnd.int(min, max));
  if (grantedOn > "2017-06-28") grantedOn = `2017-0${rnd.int(1, 6)}-${String(rnd.int(1, 28)).padStart(2, "0")}`;
  // serials run per application year and type; the multiplier is coprime to 10^7 so they never repeat
  const counter = world.serial(`patent-${filed.slice(0, 4)}${type}`);
  const patentNumber = makePatentNumber(Number(filed.slice(0, 4)), type, (counter * 7919 + 123_457) % 10_000_000);
  const goods = TRADE_GOODS[holder.trade][1];
  const title = type === 3 ? `${goods}（${rnd.pick(["A型", "B型", "经典款", "升级款"])}）` : `一种${goods}${rnd.pick(SUBJECTS)}`;
  world.rows<Patent>("ipo", "patents").push({
    patentNumber, kind: KIND_OF[type], title, holderCreditCode: holder.creditCode, holderName: holder.name,
    foreignInvested: holder.foreignInvested, grantedOn, registeredAt: atLocal(grantedOn, 10),
  });
  const right = { number: patentNumber, date: grantedOn, label: title };
  patents.push(right);
  return right;
}

/** A number of the right form that is on no register (applications of 2016-2017 are never granted here). */
const fictitiousPatent = (rnd: Random) => makePatentNumber(rnd.int(2016, 2017), rnd.pick([1, 2, 3] as const), rnd.int(0, 9_999_999));

/** Task (3): patent infringement disputes and passing-off cases of the local IP offices. */
export function generateIpo(world: World, register: Register) {
  const rnd = world.random("ipo");
  schedule(world, rnd, CASES_PER_SCALE * SHARE, (unit, openedOn) => {
    const city = pickCity(rnd, unit);
    const foreignInvested = rnd.chance(FOREIGN_SHARE);
    const holder = register.holder(rnd, unit, foreignInvested);
    const infringement = rnd.chance(0.5);
    // an infringement names a granted patent of the right holder; passing off often cites one that does not exist
    const patent = infringement || rnd.chance(0.6) ? patentOf(world, rnd, holder) : null;
    const patentNumber = patent?.number ?? fictitiousPatent(rnd);
    const infringer = register.infringer(rnd, city, infringement ? 0.05 : 0.2);
    const amountInvolved = amount(rnd, 20_000, 1.5);
    const n = world.serial("patent-case");
    const id = world.id("patent-case", n);
    const own = openedOn < "2018-01-01" && rnd.chance(0.4) ? CampaignCode.THUNDER : null;
    const summary = infringement ? `侵犯${holder.name}“${patent!.label}”专利权` : `在产品及包装上标注他人专利号${patentNumber}，假冒专利`;
    world.rows<PatentCase>("ipo", "cases").push({
      id, caseNumber: `${shortName(city)}知执字〔${year(openedOn)}〕${n}号`, region: city.code, openedOn,
      rightHolderCreditCode: holder.creditCode, infringerCreditCode: infringer, foreignInvested, amountInvolved,
      campaign: campaignFor(rnd, openedOn, foreignInvested, own), description: summary,
      category: infringement ? PatentCaseCategory.INFRINGEMENT : PatentCaseCategory.PASSING_OFF,
      source: rnd.weighted([
        [PatentCaseSource.COMPLAINT_12330, 30], [PatentCaseSource.EXHIBITION, 15], [PatentCaseSource.EX_OFFICIO, 30],
        [PatentCaseSource.IMPORT_EXPORT, 10], [PatentCaseSource.OTHER_REPORT, 15],
      ] as const),
      keyField: rnd.chance(0.6)
        ? rnd.weighted([[PatentKeyField.E_COMMERCE, 35], [PatentKeyField.FOOD_DRUG, 15], [PatentKeyField.ENVIRONMENT, 10], [PatentKeyField.SAFETY, 10], [PatentKeyField.HIGH_TECH, 30]] as const)
        : null,
      patentNumber, createdAt: atLocal(openedOn, rnd.int(9, 17), rnd.int(0, 59)),
    });
    world.sources.push({
      type: "PATENT_CASE", agency: Agency.IPO, id, region: city.code, date: openedOn, amount: amountInvolved, holder, infringer,
      // infringement is a civil wrong; only passing off is a crime (art. 216), from 200,000 yuan of business volume
      offence: infringement ? null : "PATENT_PASSING_OFF",
      overThreshold: !infringement && Number(amountInvolved) >= 200_000, ipType: "PATENT", summary,
    });
  });
}
