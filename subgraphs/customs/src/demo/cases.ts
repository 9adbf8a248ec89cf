import { Agency } from "@ipr/shared";
import {
  CASES_PER_SCALE, FOREIGN_SHARE, TRADE_GOODS, addDays, amount, atLocal, campaignFor, daysBetween, maxDate, schedule, share, termEnd, year,
  type Holder, type Random, type Register, type Right, type Row, type World,
} from "@ipr/shared/demo";
import type { CustomsJointOperation } from "../entities/customs-joint-operation";
import { CustomsRightType, type CustomsRecordation } from "../entities/customs-recordation";
import { CustomsDirection, CustomsProtectionBasis, type CustomsSeizure } from "../entities/customs-seizure";

/** Customs' share of the admin cases. */
const SHARE = 0.12;

/** Joint operations with foreign customs and international organisations during the period. */
const OPERATIONS: ReadonlyArray<readonly [string, string[], string, string]> = [
  ["中美海关知识产权联合执法行动", ["美国海关与边境保护局"], "2017-10-09", "2017-12-15"],
  ["中欧海关知识产权联合执法行动（2018）", ["欧盟委员会税收与海关同盟总司", "德国海关", "荷兰海关"], "2018-04-01", "2018-06-30"],
  ["世界海关组织亚太地区打击侵权假冒联合行动", ["世界海关组织", "韩国关税厅", "日本海关"], "2018-09-01", "2018-10-31"],
];

const LETTER = { TRADEMARK: "T", PATENT: "P", COPYRIGHT: "C" } as const;

/**
 * The right's customs recordation, recorded once (a right has one at a time): between its
 * registration and the end of August 2017, so it is valid throughout the period (ten years).
 */
function recordationOf(world: World, rnd: Random, recorded: Map<string, Row<CustomsRecordation>>, holder: Holder, rightType: CustomsRightType, right: Right) {
  const key = `${rightType}|${right.number}`;
  const existing = recorded.get(key);
  if (existing) return existing;
  const from = maxDate(addDays(right.date, 30), "2009-01-01");
  let recordedOn = addDays(from, rnd.int(0, Math.max(0, daysBetween(from, "2017-08-31"))));
  if (recordedOn.endsWith("-02-29")) recordedOn = addDays(recordedOn, -1);
  const letter = LETTER[rightType];
  const row = {
    id: world.id("customs-recordation", key), recordationNumber: `${letter}${recordedOn.slice(0, 4)}-${world.serial(`recordation-${letter}${recordedOn.slice(0, 4)}`)}`,
    rightType, rightNumber: right.number, holderCreditCode: holder.creditCode, holderName: holder.name, foreignInvested: holder.foreignInvested,
    recordedOn, validUntil: termEnd(recordedOn, 10), lastRenewedOn: null, createdAt: atLocal(recordedOn, 10),
  };
  recorded.set(key, row);
  world.rows<CustomsRecordation>("customs", "recordations").push(row);
  return row;
}

/** Task (6): detentions of infringing imports and exports at the ports, most of them ex officio on a recorded right. */
export function generateCustoms(world: World, register: Register) {
  const rnd = world.random("customs");
  const operations = OPERATIONS.map(([name, partners, startedOn, endedOn], i) => {
    const op = { id: world.id("customs-joint-operation", i), name, partners, startedOn, endedOn, createdAt: atLocal(startedOn, 9) };
    world.rows<CustomsJointOperation>("customs", "jointOperations").push(op);
    return op;
  });
  const recorded = new Map<string, Row<CustomsRecordation>>();
  schedule(world, rnd, CASES_PER_SCALE * SHARE, (unit, seizedOn) => {
    const ports = unit.cities.filter((c) => c.port);
    if (ports.length === 0) return; // the Corps has no port of its own
    const city = rnd.pick(ports);
    const foreignInvested = rnd.chance(FOREIGN_SHARE + 0.1);
    const holder = register.holder(rnd, unit, foreignInvested);
    const rightType = rnd.weighted([[CustomsRightType.TRADEMARK, 85], [CustomsRightType.PATENT, 10], [CustomsRightType.COPYRIGHT, 5]] as const);
    const right =
      rightType === CustomsRightType.TRADEMARK ? world.steps.trademarkOf(rnd, holder)
        : rightType === CustomsRightType.PATENT ? world.steps.patentOf(rnd, holder)
          : world.steps.workOf(rnd, holder, rnd.pick(["SOFTWARE", "FILM", "MUSIC"])); // CopyrightWorkType
    // ex officio protection needs a recordation valid on the day; on application it is optional
    const basis = rnd.chance(0.9) ? CustomsProtectionBasis.EX_OFFICIO : CustomsProtectionBasis.ON_APPLICATION;
    const recordation = basis === CustomsProtectionBasis.EX_OFFICIO || rnd.chance(0.5) ? recordationOf(world, rnd, recorded, holder, rightType, right) : null;
    const operation = operations.find((op) => op.startedOn <= seizedOn && seizedOn <= op.endedOn);
    const amountInvolved = amount(rnd, 20_000, 1.4);
    const quantity = Math.max(1, Math.round(Number(amount(rnd, 800, 1.5, 1))));
    const goods = `${rightType === CustomsRightType.TRADEMARK ? `假冒“${right.label}”商标的` : rightType === CustomsRightType.PATENT ? "侵犯专利权的" : "侵犯著作权的"}${TRADE_GOODS[holder.trade][1]}`;
    const direction = rnd.chance(0.85) ? CustomsDirection.EXPORT : CustomsDirection.IMPORT;
    const infringer = register.infringer(rnd, city, 0.1);
    const n = world.serial("customs-seizure");
    const id = world.id("customs-seizure", n);
    world.rows<CustomsSeizure>("customs", "seizures").push({
      id, caseNumber: `${city.port!.replace(/海关$/, "")}关知字〔${year(seizedOn)}〕${n}号`, region: city.code, seizedOn,
      rightHolderCreditCode: holder.creditCode, infringerCreditCode: infringer, foreignInvested: holder.foreignInvested, amountInvolved,
      campaign: campaignFor(rnd, seizedOn, holder.foreignInvested), description: `${direction === CustomsDirection.EXPORT ? "出口" : "进口"}${goods}`,
      direction, port: city.port!, goods, quantity, declaredValue: share(amountInvolved, 0.1, 0.5, rnd), basis,
      recordation: recordation?.id ?? null, jointOperation: operation && rnd.chance(0.4) ? operation.id : null,
      createdAt: atLocal(seizedOn, rnd.int(9, 17), rnd.int(0, 59)),
    });
    world.sources.push({
      type: "CUSTOMS_SEIZURE", agency: Agency.CUSTOMS, id, region: city.code, date: seizedOn, amount: amountInvolved, holder, infringer,
      // goods infringing a patent are a civil matter; counterfeit marks and pirated copies can be crimes
      offence: { TRADEMARK: "SELLING_COUNTERFEIT_TRADEMARK_GOODS", PATENT: null, COPYRIGHT: "COPYRIGHT_INFRINGEMENT" }[rightType],
      overThreshold: rightType !== CustomsRightType.PATENT && (Number(amountInvolved) >= 50_000 || (rightType === CustomsRightType.COPYRIGHT && quantity >= 500)),
      ipType: ({ TRADEMARK: "TRADEMARK", PATENT: "PATENT", COPYRIGHT: "COPYRIGHT" } as const)[rightType],
      summary: `${direction === CustomsDirection.EXPORT ? "出口" : "进口"}${goods}${quantity}件`,
    });
  });
}
