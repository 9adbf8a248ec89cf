import { Agency, CampaignCode } from "@ipr/shared";
import {
  CASES_PER_SCALE, FOREIGN_SHARE, TRADE_GOODS, amount, atLocal, campaignFor, cityOf, pickCity, pickUnit, round, schedule, shortName, year,
  type Random, type Register, type World,
} from "@ipr/shared/demo";
import type { CourierComplianceCheck } from "../entities/courier-compliance-check";
import { PostalControl, type PostalInterception } from "../entities/postal-interception";

/** The postal administrations' share of the admin cases. */
const SHARE = 0.08;

const digits = (rnd: Random, n: number) => Array.from({ length: n }, () => rnd.int(0, 9)).join("");

/** Courier enterprises, where they are registered, and the shape of their waybill numbers. */
const COURIERS: ReadonlyArray<readonly [string, string, (rnd: Random) => string]> = [
  ["顺丰速运有限公司", "440300", (rnd) => `SF${digits(rnd, 12)}`],
  ["中通快递股份有限公司", "310112", (rnd) => `7${digits(rnd, 11)}`],
  ["圆通速递有限公司", "310112", (rnd) => `YT${digits(rnd, 13)}`],
  ["申通快递有限公司", "310112", (rnd) => `77${digits(rnd, 11)}`],
  ["韵达控股股份有限公司", "310115", (rnd) => `43${digits(rnd, 11)}`],
  ["中国邮政速递物流股份有限公司", "110102", (rnd) => `E${String.fromCharCode(65 + rnd.int(0, 25))}${digits(rnd, 9)}CN`],
  ["北京京东世纪贸易有限公司", "110105", (rnd) => `JD${digits(rnd, 13)}`],
];
/** Where cross-border e-commerce parcels come from or go to (ISO 3166-1 alpha-2). */
const ABROAD = ["HK", "US", "JP", "KR", "DE", "TH", "GB", "FR", "AU", "RU"];

/** Task (7): parcels with infringing goods stopped in the courier channel, and the Green Shield checks of courier outlets. */
export function generatePostal(world: World, register: Register) {
  const rnd = world.random("postal");
  const couriers = COURIERS.map(([name, region, tracking]) => ({ name, tracking, creditCode: register.other(rnd, cityOf(region), name) }));

  schedule(world, rnd, CASES_PER_SCALE * SHARE, (unit, interceptedOn) => {
    const city = pickCity(rnd, unit);
    const courier = rnd.pick(couriers);
    const foreignInvested = rnd.chance(FOREIGN_SHARE);
    const holder = register.holder(rnd, unit, foreignInvested);
    const mark = world.steps.trademarkOf(rnd, holder);
    const crossBorder = rnd.chance(0.35);
    const inbound = rnd.chance(0.6);
    const elsewhere = pickCity(rnd, pickUnit(rnd)).code;
    const [origin, destination] = crossBorder ? (inbound ? [rnd.pick(ABROAD), city.code] : [city.code, rnd.pick(ABROAD)]) : [city.code, elsewhere];
    const goods = `假冒“${mark.label}”注册商标的${TRADE_GOODS[holder.trade][1]}`;
    const amountInvolved = amount(rnd, 3_000, 1.4, 50);
    const infringer = register.infringer(rnd, city, 0.6);
    const n = world.serial("postal-interception");
    const id = world.id("postal-interception", n);
    world.rows<PostalInterception>("postal", "interceptions").push({
      id, caseNumber: `${shortName(city)}邮截字〔${year(interceptedOn)}〕${n}号`, region: city.code, interceptedOn,
      rightHolderCreditCode: holder.creditCode, infringerCreditCode: infringer, foreignInvested, amountInvolved,
      campaign: campaignFor(rnd, interceptedOn, foreignInvested, rnd.chance(0.5) ? CampaignCode.GREEN_SHIELD : null), description: `寄递${goods}`,
      trackingNumber: courier.tracking(rnd), courierCreditCode: courier.creditCode, courierName: courier.name, origin, destination,
      crossBorderECommerce: crossBorder,
      control: rnd.weighted([[PostalControl.XRAY, 45], [PostalControl.INSPECTION_ON_RECEIPT, 40], [PostalControl.REAL_NAME, 15]] as const),
      goods, itemCount: Math.max(1, Math.round(Number(amount(rnd, 10, 1.2, 1)))), createdAt: atLocal(interceptedOn, rnd.int(9, 20), rnd.int(0, 59)),
    });
    world.sources.push({
      type: "POSTAL_INTERCEPTION", agency: Agency.POSTAL, id, region: city.code, date: interceptedOn, amount: amountInvolved, holder, infringer,
      offence: "SELLING_COUNTERFEIT_TRADEMARK_GOODS", overThreshold: Number(amountInvolved) >= 50_000,
      ipType: "TRADEMARK", summary: `通过寄递渠道${crossBorder ? "跨境" : ""}销售${goods}`,
    });
  });

  schedule(world, rnd, 100, (unit, checkedOn) => {
    const city = pickCity(rnd, unit);
    const courier = rnd.pick(couriers);
    const [inspectionOnReceipt, realName, xray] = [rnd.chance(0.85), rnd.chance(0.85), rnd.chance(0.9)];
    const missing = [!inspectionOnReceipt && "未落实收寄验视", !realName && "未落实实名收寄", !xray && "未落实过机安检"].filter(Boolean).join("；");
    // a penalty decision states what it punishes
    const penaltyAmount = missing && rnd.chance(0.6) ? round(rnd.int(2_000, 30_000)) : null;
    world.rows<CourierComplianceCheck>("postal", "complianceChecks").push({
      id: world.id("courier-compliance-check", world.serial("courier-compliance-check")), region: city.code, checkedOn,
      courierCreditCode: courier.creditCode, courierName: courier.name, outletName: `${courier.name.slice(0, 2)}${shortName(city)}${rnd.pick(["一", "二", "三", "中心"])}营业部`,
      inspectionOnReceipt, realName, xray, violations: missing || null, penaltyAmount, createdAt: atLocal(checkedOn, 15),
    });
  });
}
