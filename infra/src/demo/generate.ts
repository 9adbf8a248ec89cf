import { makeCreditCode, makeIdNumber, stableId } from "@ipr/shared";
import { endOfDayAfter, DECISION_DAYS } from "@ipr/linkage";
import { addDays, amount, atLocal, seededRandom, type Random } from "./random";

/** Cities of the demo set: Guangdong and Shanghai, where most foreign-invested right holders sit. */
const CITIES = [
  { code: "440100", short: "穗" }, { code: "440300", short: "深" }, { code: "441900", short: "莞" }, { code: "440600", short: "佛" },
  { code: "310115", short: "浦" }, { code: "310104", short: "徐" }, { code: "310112", short: "闵" },
];
const FOREIGN = [
  ["莱茵精密机械", "DE"], ["樱花电子", "JP"], ["枫叶食品", "CA"], ["橡树制药", "US"], ["阿尔卑斯钟表", "CH"],
  ["塞纳化妆品", "FR"], ["汉江半导体", "KR"], ["泰晤士软件", "GB"], ["郁金香种业", "NL"], ["北欧家居", "SE"],
] as const;
const DOMESTIC = ["鑫盛贸易", "宏达电子", "顺发商行", "金利来饰品", "华美包装"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高".split("");
const GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "秀英", "建华", "志强", "海燕", "晓东"];

export interface DemoOptions {
  scale?: number;
  seed?: number;
}

/**
 * A deterministic data set along the whole chain: enterprises, SAIC cases Sep-Dec 2017, referrals of
 * the larger ones to the police, and the criminal cases filed for most of them with their suspects.
 * Attrition is realistic: some referrals declined, some left pending past the 3-day deadline.
 */
export function generateDemo({ scale = 1, seed = 2017 }: DemoOptions = {}) {
  const rnd = seededRandom(seed);
  const out = {
    saic: { enterprises: [] as Record<string, unknown>[], cases: [] as Record<string, unknown>[] },
    linkage: { referrals: [] as Record<string, unknown>[], events: [] as Record<string, unknown>[] },
    police: { criminalCases: [] as Record<string, unknown>[], persons: [] as Record<string, unknown>[] },
  };
  let serial = 0;
  for (let round = 0; round < scale; round++) {
    for (const city of CITIES) {
      const holders = Array.from({ length: 3 }, () => enterprise(out, rnd, city.code, ++serial, true));
      const infringers = Array.from({ length: 2 }, () => enterprise(out, rnd, city.code, ++serial, false));
      for (let i = 0; i < 6; i++) {
        const n = out.saic.cases.length + 1;
        const holder = rnd.pick(holders);
        const openedOn = `2017-${rnd.pick(["09", "10", "11", "12"])}-${String(rnd.int(1, 28)).padStart(2, "0")}`;
        const category = rnd.chance(0.7) ? "TRADEMARK" : "TRADE_SECRET";
        const c = {
          id: stableId("saic-case", seed, n),
          caseNumber: `${city.short}工商处字〔2017〕${n}号`,
          category,
          trademarkViolation: category === "TRADEMARK" ? rnd.pick(["COUNTERFEITING", "COUNTERFEITING", "BRAND_IMITATION", "MALICIOUS_SQUATTING"]) : null,
          online: rnd.chance(0.3),
          region: city.code,
          openedOn,
          rightHolderCreditCode: holder.creditCode,
          infringerCreditCode: rnd.pick(infringers).creditCode,
          foreignInvested: true,
          amountInvolved: amount(rnd, 8_000, 3_000_000),
          description: category === "TRADEMARK" ? "销售假冒注册商标的商品" : "以不正当手段获取权利人技术信息",
          createdAt: atLocal(openedOn, 9),
        };
        out.saic.cases.push(c);
        if (Number(c.amountInvolved) >= 50_000 && rnd.chance(0.8)) refer(out, rnd, c, seed);
      }
    }
  }
  return out;
}

type Demo = ReturnType<typeof generateDemo>;

function enterprise(out: Demo, rnd: Random, region: string, serial: number, foreign: boolean) {
  const [stem, country] = foreign ? FOREIGN[serial % FOREIGN.length] : [DOMESTIC[serial % DOMESTIC.length], null];
  const e = {
    creditCode: makeCreditCode(region, serial),
    name: `${region.startsWith("31") ? "上海" : "广东"}${stem}有限公司`,
    foreignInvested: foreign,
    investorCountry: country,
    region,
    registeredAt: atLocal(`20${String(10 + (serial % 7)).padStart(2, "0")}-0${1 + (serial % 9)}-15`, 10),
  };
  out.saic.enterprises.push(e);
  return e;
}

function refer(out: Demo, rnd: Random, c: Record<string, unknown>, seed: number) {
  const n = out.linkage.referrals.length + 1;
  const sentOn = addDays(c.openedOn as string, rnd.int(5, 20));
  const sentAt = atLocal(sentOn, 10);
  const roll = rnd.next();
  const outcome = roll < 0.75 ? "FILED" : roll < 0.88 ? "DECLINED" : "SENT";
  const decidedOn = addDays(sentOn, rnd.int(1, DECISION_DAYS));
  const referral: Record<string, unknown> = {
    id: stableId("referral", seed, n), sourceType: "SAIC_CASE", sourceId: c.id, fromAgency: "SAIC", region: c.region,
    reason: "涉案金额达到刑事追诉标准", sentAt, status: outcome,
    decisionDueAt: outcome === "SENT" ? endOfDayAfter(sentAt, DECISION_DAYS) : null,
    decidedAt: outcome === "SENT" ? null : atLocal(decidedOn, 16),
    decisionReason: outcome === "DECLINED" ? "证据不足，不符合立案条件" : null,
    criminalCaseId: null,
  };
  out.linkage.referrals.push(referral);
  const event = (kind: string, at: Date, agency: string, actor: string, note: string | null = null) =>
    out.linkage.events.push({ id: stableId("referral-event", seed, n, kind), referral: referral.id, kind, at, agency, actor, note });
  event("SENT", sentAt, "SAIC", `saic-${c.region}`);
  if (outcome === "DECLINED") event("DECLINED", referral.decidedAt as Date, "POLICE", `police-${c.region}`, referral.decisionReason as string);
  if (outcome !== "FILED") return;
  const criminalCaseId = stableId("criminal-case", seed, n);
  referral.criminalCaseId = criminalCaseId;
  event("FILED", referral.decidedAt as Date, "POLICE", `police-${c.region}`);
  out.police.criminalCases.push({
    id: criminalCaseId,
    filingNumber: `${c.region}公经立字〔2017〕${n}号`,
    offence: c.category === "TRADEMARK" ? rnd.pick(["COUNTERFEITING_TRADEMARK", "SELLING_COUNTERFEIT_TRADEMARK_GOODS"]) : "TRADE_SECRET_INFRINGEMENT",
    region: c.region, filedOn: decidedOn, amountInvolved: c.amountInvolved,
    rightHolderCreditCode: c.rightHolderCreditCode, foreignInvested: c.foreignInvested, createdAt: atLocal(decidedOn, 17),
  });
  for (let s = 0, count = rnd.int(1, 3); s < count; s++) {
    const birth = `19${rnd.int(60, 99)}-${String(rnd.int(1, 12)).padStart(2, "0")}-${String(rnd.int(1, 28)).padStart(2, "0")}`;
    out.police.persons.push({
      id: stableId("person", seed, n, s), criminalCase: criminalCaseId, region: c.region, position: s,
      name: rnd.pick(SURNAMES) + rnd.pick(GIVEN), idNumber: makeIdNumber(c.region as string, birth, n * 10 + s), nationality: "CN",
      caughtOn: rnd.chance(0.85) ? addDays(decidedOn, rnd.int(0, 10)) : null,
    });
  }
}
