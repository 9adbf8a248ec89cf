import { Agency } from "@ipr/shared";
import {
  CASES_PER_SCALE, FOREIGN_SHARE, TRADE_GOODS, amount, atLocal, campaignFor, dateBetween, pickCity, schedule, share, shortName, termEnd, year,
  type Holder, type Random, type Register, type Right, type World,
} from "@ipr/shared/demo";
import { SaicCaseCategory, TrademarkViolation, type SaicCase } from "../entities/saic-case";
import type { Trademark } from "../entities/trademark";

/** SAIC's share of the admin cases, the largest. */
const SHARE = 0.4;

/** Registration numbers look like CNIPA's 8-digit ones; a multiplier coprime to the range keeps them unique. */
const registrationNumber = (serial: number) => String(10_000_000 + ((serial * 7919) % 89_999_999));

/** One of the holder's registered marks, registering a new one now and then (every mark registered 2009-2016, so in force). */
export function trademarkOf(world: World, rnd: Random, holder: Holder): Right {
  const marks = holder.rights.trademark;
  if (marks.length > 0 && !(marks.length < 4 && rnd.chance(0.15))) return rnd.pick(marks);
  const [niceClass] = TRADE_GOODS[holder.trade];
  const mark = marks.length === 0 ? holder.brand : `${holder.brand}${rnd.pick(["及图", "PRO", "之星", "经典", "优选"])}`;
  const registeredOn = dateBetween(rnd, 2009, 2016);
  const right = { number: registrationNumber(world.serial("trademark")), date: registeredOn, label: mark };
  world.rows<Trademark>("saic", "trademarks").push({
    registrationNumber: right.number, mark, niceClass, holderCreditCode: holder.creditCode,
    wellKnown: holder.foreignInvested && rnd.chance(0.12), geographicalIndication: !holder.foreignInvested && niceClass === 30 && rnd.chance(0.2),
    foreignRelated: holder.foreignInvested, registeredOn, validUntil: termEnd(registeredOn, 10),
  });
  marks.push(right);
  return right;
}

const VIOLATIONS = [
  [TrademarkViolation.COUNTERFEITING, 55], [TrademarkViolation.BRAND_IMITATION, 20], [TrademarkViolation.MALICIOUS_SQUATTING, 8],
  [TrademarkViolation.FALSE_ADVERTISING, 5], [TrademarkViolation.OTHER, 12],
] as const;

/** What a trademark case other than counterfeiting is about, for its description. */
const WHAT: Record<TrademarkViolation, (brand: string, goods: string) => string> = {
  COUNTERFEITING: (brand, goods) => `销售假冒“${brand}”注册商标的${goods}`,
  BRAND_IMITATION: (brand, goods) => `擅自使用与“${brand}”近似的名称、包装装潢销售${goods}`,
  MALICIOUS_SQUATTING: (brand) => `恶意抢注他人在先使用的“${brand}”商标`,
  FALSE_ADVERTISING: (brand, goods) => `虚假宣传${goods}与“${brand}”品牌的关联`,
  OTHER: (brand, goods) => `在${goods}上使用与“${brand}”近似的商标`,
};

/** The crimes (CriminalOffence) counterfeiting a mark may amount to, by weight. */
const TRADEMARK_OFFENCES = [["SELLING_COUNTERFEIT_TRADEMARK_GOODS", 6], ["COUNTERFEITING_TRADEMARK", 3], ["ILLEGAL_TRADEMARK_LABELS", 1]] as const;

/** Task (1) and (2): trademark cases (about three in four) and trade-secret cases, opened by local market regulation. */
export function generateSaic(world: World, register: Register) {
  const rnd = world.random("saic");
  schedule(world, rnd, CASES_PER_SCALE * SHARE, (unit, openedOn) => {
    const city = pickCity(rnd, unit);
    const foreignInvested = rnd.chance(FOREIGN_SHARE);
    const holder = register.holder(rnd, unit, foreignInvested);
    const infringer = register.infringer(rnd, city);
    const trademark = rnd.chance(0.75);
    const n = world.serial("saic-case");
    const id = world.id("saic-case", n);
    const common = {
      id, caseNumber: `${shortName(city)}工商处字〔${year(openedOn)}〕${n}号`, region: city.code, openedOn,
      rightHolderCreditCode: holder.creditCode, infringerCreditCode: infringer, foreignInvested,
      campaign: campaignFor(rnd, openedOn, foreignInvested), createdAt: atLocal(openedOn, rnd.int(9, 17), rnd.int(0, 59)),
    };
    if (trademark) {
      const violation = rnd.weighted(VIOLATIONS);
      const counterfeit = violation === TrademarkViolation.COUNTERFEITING;
      const mark = counterfeit || violation === TrademarkViolation.BRAND_IMITATION || rnd.chance(0.5) ? trademarkOf(world, rnd, holder) : null;
      const amountInvolved = amount(rnd, 15_000, 1.3);
      const illegalGains = rnd.chance(0.5) ? share(amountInvolved, 0.1, 0.45, rnd) : null;
      const online = rnd.chance(0.25);
      const goods = TRADE_GOODS[holder.trade][1];
      const summary = counterfeit ? `${online ? "在网络市场" : ""}销售假冒“${mark!.label}”注册商标的${goods}` : WHAT[violation](holder.brand, goods);
      world.rows<SaicCase>("saic", "cases").push({
        ...common, category: SaicCaseCategory.TRADEMARK, trademarkViolation: violation, trademarkRegistrationNumber: mark?.number ?? null,
        online, amountInvolved, illegalGains, rightHolderLoss: null, description: summary,
      });
      world.sources.push({
        type: "SAIC_CASE", agency: Agency.SAIC, id, region: city.code, date: openedOn, amount: amountInvolved, holder, infringer,
        // only counterfeiting a registered mark is a crime (arts. 213-215); imitation and squatting stay administrative
        offence: counterfeit ? rnd.weighted(TRADEMARK_OFFENCES) : null,
        overThreshold: counterfeit && (Number(amountInvolved) >= 50_000 || Number(illegalGains ?? 0) >= 30_000),
        ipType: violation === TrademarkViolation.BRAND_IMITATION || violation === TrademarkViolation.FALSE_ADVERTISING ? "UNFAIR_COMPETITION" : "TRADEMARK",
        summary,
      });
    } else {
      const rightHolderLoss = amount(rnd, 200_000, 1.2, 5_000);
      const amountInvolved = share(rightHolderLoss, 0.6, 1.2, rnd);
      const summary = `以不正当手段获取并使用${holder.name}的${rnd.pick(["技术信息", "经营信息", "客户名单"])}`;
      world.rows<SaicCase>("saic", "cases").push({
        ...common, category: SaicCaseCategory.TRADE_SECRET, trademarkViolation: null, trademarkRegistrationNumber: null, online: false,
        amountInvolved, illegalGains: rnd.chance(0.4) ? share(amountInvolved, 0.1, 0.5, rnd) : null, rightHolderLoss, description: summary,
      });
      world.sources.push({
        type: "SAIC_CASE", agency: Agency.SAIC, id, region: city.code, date: openedOn, amount: amountInvolved, holder, infringer,
        offence: "TRADE_SECRET_INFRINGEMENT",
        // the loss threshold was 500,000 yuan until 13 September 2020
        overThreshold: Number(rightHolderLoss) >= 500_000, ipType: "TRADE_SECRET", summary,
      });
    }
  });
}
