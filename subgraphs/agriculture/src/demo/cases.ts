import { Agency, CampaignCode } from "@ipr/shared";
import {
  CASES_PER_SCALE, FOREIGN_SHARE, amount, atLocal, campaignFor, dateBetween, pickCity, schedule, shortName, year,
  type Holder, type Random, type Register, type Right, type World,
} from "@ipr/shared/demo";
import { PlantVarietySector, type PlantVariety } from "../entities/plant-variety";
import { PlantVarietyCaseCategory, type PlantVarietyCase } from "../entities/plant-variety-case";

/** Agriculture's and forestry's share of the admin cases, the smallest. */
const SHARE = 0.05;

const SPECIES: Record<PlantVarietySector, readonly string[]> = {
  AGRICULTURE: ["玉米", "水稻", "小麦", "大豆", "棉花", "油菜", "黄瓜", "番茄"],
  FORESTRY: ["杨树", "桉树", "杉木", "月季", "苹果", "核桃"],
};

const CATEGORIES = [
  [PlantVarietyCaseCategory.VARIETY_RIGHT_INFRINGEMENT, 40], [PlantVarietyCaseCategory.COUNTERFEIT_SEEDS, 45], [PlantVarietyCaseCategory.VARIETY_NAME_MISUSE, 15],
] as const;

/**
 * One of the holder's granted varieties of the sector, granting one when it has none: agriculture's
 * right numbers look like CNA20140123.4, forestry's like 20150045.
 */
export function varietyOf(world: World, rnd: Random, holder: Holder, sector: PlantVarietySector): Right {
  const varieties = holder.rights.variety.filter((v) => v.sort === sector);
  if (varieties.length > 0 && !(varieties.length < 3 && rnd.chance(0.2))) return rnd.pick(varieties);
  const grantedOn = dateBetween(rnd, 2008, 2017, 6);
  const y = grantedOn.slice(0, 4);
  const serial = String(world.serial(`variety-${sector}-${y}`)).padStart(4, "0");
  const rightNumber = sector === PlantVarietySector.AGRICULTURE ? `CNA${y}${serial}.${(Number(y) + Number(serial)) % 10}` : `${y}${serial}`;
  const species = rnd.pick(SPECIES[sector]);
  const denomination = `${holder.brand.slice(0, 1)}${rnd.pick(["单", "优", "丰", "育", "科"])}${rnd.int(1, 999)}`;
  world.rows<PlantVariety>("agriculture", "varieties").push({
    rightNumber, denomination, species, sector, holderCreditCode: holder.creditCode, holderName: holder.name,
    foreignInvested: holder.foreignInvested, grantedOn,
  });
  const right = { number: rightNumber, date: grantedOn, label: `${species}品种“${denomination}”`, sort: sector };
  holder.rights.variety.push(right);
  return right;
}

/** Task (5): plant-variety rights and counterfeit seeds and seedlings, agriculture and forestry. */
export function generateAgriculture(world: World, register: Register) {
  const rnd = world.random("agriculture");
  schedule(world, rnd, CASES_PER_SCALE * SHARE, (unit, openedOn) => {
    const city = pickCity(rnd, unit);
    const foreignInvested = rnd.chance(FOREIGN_SHARE);
    const holder = register.holder(rnd, unit, foreignInvested, true);
    const sector = rnd.chance(0.8) ? PlantVarietySector.AGRICULTURE : PlantVarietySector.FORESTRY;
    const category = rnd.weighted(CATEGORIES);
    const counterfeit = category === PlantVarietyCaseCategory.COUNTERFEIT_SEEDS;
    // an infringement always names the variety, of the case's own sector; the others often do
    const variety = category === PlantVarietyCaseCategory.VARIETY_RIGHT_INFRINGEMENT || rnd.chance(0.6) ? varietyOf(world, rnd, holder, sector) : null;
    const amountInvolved = amount(rnd, 10_000, 1.3);
    const seeds = counterfeit || rnd.chance(0.3);
    const n = world.serial("plant-variety-case");
    const id = world.id("plant-variety-case", n);
    const infringer = register.infringer(rnd, city, 0.3);
    const summary = counterfeit ? `制售假冒${variety?.label ?? "种子"}` : `侵犯${holder.name}${variety?.label ?? "授权品种"}品种权`;
    world.rows<PlantVarietyCase>("agriculture", "cases").push({
      id, caseNumber: `${shortName(city)}${sector === PlantVarietySector.FORESTRY ? "林" : "农"}罚〔${year(openedOn)}〕${n}号`, region: city.code, openedOn,
      rightHolderCreditCode: holder.creditCode, infringerCreditCode: infringer, foreignInvested, amountInvolved,
      campaign: campaignFor(rnd, openedOn, foreignInvested, rnd.chance(0.4) ? CampaignCode.SEED_ENFORCEMENT : null), description: summary,
      sector, category, rightNumber: variety?.number ?? null,
      seedQuantityKg: seeds && sector === PlantVarietySector.AGRICULTURE ? amount(rnd, 800, 1.2, 5) : null,
      seedlingCount: seeds && sector === PlantVarietySector.FORESTRY ? rnd.int(200, 50_000) : null,
      createdAt: atLocal(openedOn, rnd.int(9, 17), rnd.int(0, 59)),
    });
    world.sources.push({
      type: "PLANT_VARIETY_CASE", agency: Agency.AGRICULTURE, id, region: city.code, date: openedOn, amount: amountInvolved, holder, infringer,
      // counterfeit seeds are fake products (arts. 140, 147) from 50,000 yuan of sales; variety rights are civil
      offence: counterfeit ? "COUNTERFEIT_GOODS" : null,
      overThreshold: counterfeit && Number(amountInvolved) >= 50_000, ipType: "PLANT_VARIETY", summary,
    });
  });
}
