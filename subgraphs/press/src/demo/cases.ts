import { Agency, CampaignCode } from "@ipr/shared";
import {
  CASES_PER_SCALE, FOREIGN_SHARE, amount, atLocal, campaignFor, dateBetween, domesticName, pickCity, schedule, share, shortName, within, year,
  type Holder, type Random, type Register, type Right, type World,
} from "@ipr/shared/demo";
import { CopyrightPlatformType, type CopyrightCase } from "../entities/copyright-case";
import { CopyrightWorkType, type CopyrightWork } from "../entities/copyright-work";
import { SoftwareLegalisationOrgType, type SoftwareLegalisationCheck } from "../entities/software-legalisation-check";

/** The copyright administrations' share of the admin cases. */
const SHARE = 0.15;

/** Letter of the registration number by kind of work (作品登记 classes); software has its own register. */
const LETTER: Record<CopyrightWorkType, string> = { FILM: "I", MUSIC: "C", SOFTWARE: "", ANIMATION: "F", TEXTBOOK: "A", OTHER: "L" };
const TITLE: Record<CopyrightWorkType, (brand: string, rnd: Random) => string> = {
  FILM: (b) => `《${b}往事》`, MUSIC: (b) => `《${b}之歌》`, ANIMATION: (b) => `《${b}奇遇记》`, OTHER: (b) => `${b}产品图册`,
  SOFTWARE: (b, rnd) => `${b}${rnd.pick(["办公软件", "设计软件", "管理系统", "导航软件"])}V${rnd.int(1, 9)}.0`,
  TEXTBOOK: (b, rnd) => `《${b}英语》第${rnd.int(1, 6)}册`,
};
const WORK_TYPES = [
  [CopyrightWorkType.FILM, 20], [CopyrightWorkType.MUSIC, 15], [CopyrightWorkType.SOFTWARE, 30],
  [CopyrightWorkType.ANIMATION, 10], [CopyrightWorkType.TEXTBOOK, 10], [CopyrightWorkType.OTHER, 15],
] as const;
const PLATFORMS = [[CopyrightPlatformType.WEBSITE, 35], [CopyrightPlatformType.E_COMMERCE, 30], [CopyrightPlatformType.APP_STORE, 15], [CopyrightPlatformType.SOCIAL_MEDIA, 20]] as const;

/** Who software legalisation inspects (government first), how often, and how they are named. */
const ORGANISATIONS: ReadonlyArray<readonly [SoftwareLegalisationOrgType, number, (rnd: Random, place: string) => string]> = [
  [SoftwareLegalisationOrgType.GOVERNMENT_AGENCY, 40, (rnd, place) => `${place}${rnd.pick(["财政局", "教育局", "统计局", "商务局", "卫生健康委员会"])}`],
  [SoftwareLegalisationOrgType.STATE_OWNED_ENTERPRISE, 25, (rnd, place) => domesticName(rnd, place, ["投资集团", "城建集团", "能源集团"])],
  [SoftwareLegalisationOrgType.PRIVATE_ENTERPRISE, 25, (rnd, place) => domesticName(rnd, place)],
  [SoftwareLegalisationOrgType.FINANCIAL_INSTITUTION, 10, (rnd, place) => `${rnd.pick(["工商银行", "农业银行", "建设银行", "人保财险"])}${place}分行`],
];

/** One of the owner's registered works of that kind, registering a new one when it has none or now and then. */
export function workOf(world: World, rnd: Random, holder: Holder, workType: CopyrightWorkType): Right {
  const works = holder.rights.work.filter((w) => w.sort === workType);
  if (works.length > 0 && !(works.length < 3 && rnd.chance(0.2))) return rnd.pick(works);
  const registeredOn = dateBetween(rnd, 2010, 2016);
  const y = registeredOn.slice(0, 4);
  const serial = world.serial(`work-${y}${workType === CopyrightWorkType.SOFTWARE ? "SR" : "W"}`);
  const registrationNumber =
    workType === CopyrightWorkType.SOFTWARE ? `${y}SR${String(100_000 + serial)}` : `国作登字-${y}-${LETTER[workType]}-${String(serial).padStart(8, "0")}`;
  const title = TITLE[workType](holder.brand, rnd);
  world.rows<CopyrightWork>("press", "works").push({
    registrationNumber, title, workType, ownerCreditCode: holder.creditCode, ownerName: holder.name, foreignInvested: holder.foreignInvested,
    registeredOn, createdAt: atLocal(registeredOn, 11),
  });
  const right = { number: registrationNumber, date: registeredOn, label: title, sort: workType };
  holder.rights.work.push(right);
  return right;
}

/** Task (4): copyright cases, most of them online piracy, and software legalisation inspections. */
export function generatePress(world: World, register: Register) {
  const rnd = world.random("press");
  schedule(world, rnd, CASES_PER_SCALE * SHARE, (unit, openedOn) => {
    const city = pickCity(rnd, unit);
    const foreignInvested = rnd.chance(FOREIGN_SHARE);
    const holder = register.holder(rnd, unit, foreignInvested);
    const workType = rnd.weighted(WORK_TYPES);
    const work = rnd.chance(0.7) ? workOf(world, rnd, holder, workType) : null;
    const online = rnd.chance(0.55);
    const amountInvolved = amount(rnd, 12_000, 1.3);
    const illegalGains = rnd.chance(0.5) ? share(amountInvolved, 0.2, 0.6, rnd) : null;
    // offline: pirated discs and books counted; online: sometimes the number of works put up
    const [copiesShare, copiesMedian] = online ? [0.3, 40] : [0.8, 150];
    const copies = rnd.chance(copiesShare) ? Math.round(Number(amount(rnd, copiesMedian, 1.25, 1))) : null;
    // "Sword Net 2017" (剑网) ran against online piracy from July to November 2017
    const swordNet = online && openedOn <= "2017-11-30" && rnd.chance(0.7) ? CampaignCode.SWORD_NET_2017 : null;
    const infringer = register.infringer(rnd, city, 0.25);
    const n = world.serial("copyright-case");
    const id = world.id("copyright-case", n);
    const label = work?.label ?? `${holder.brand}${workType === CopyrightWorkType.SOFTWARE ? "软件" : "作品"}`;
    const summary = online ? `未经许可通过网络传播${label}` : `复制发行侵权${label}复制品${copies ? `${copies}件` : ""}`;
    world.rows<CopyrightCase>("press", "cases").push({
      id, caseNumber: `${shortName(city)}版权罚字〔${year(openedOn)}〕${n}号`, region: city.code, openedOn,
      rightHolderCreditCode: holder.creditCode, infringerCreditCode: infringer, foreignInvested, amountInvolved,
      campaign: campaignFor(rnd, openedOn, foreignInvested, swordNet), description: summary, workType, online,
      platformType: online ? rnd.weighted(PLATFORMS) : null,
      copies, illegalGains, registrationNumber: work?.number ?? null, createdAt: atLocal(openedOn, rnd.int(9, 17), rnd.int(0, 59)),
    });
    world.sources.push({
      type: "COPYRIGHT_CASE", agency: Agency.PRESS, id, region: city.code, date: openedOn, amount: amountInvolved, holder, infringer,
      offence: online || rnd.chance(0.5) ? "COPYRIGHT_INFRINGEMENT" : "SELLING_INFRINGING_COPIES",
      // gains ≥ 30,000, business volume ≥ 50,000 or 500 copies (法释〔2004〕19号, 〔2007〕6号)
      overThreshold: Number(illegalGains ?? 0) >= 30_000 || Number(amountInvolved) >= 50_000 || (copies ?? 0) >= 500,
      ipType: "COPYRIGHT", summary,
    });
  });

  schedule(world, rnd, 120, (unit, checkedOn) => {
    const city = pickCity(rnd, unit);
    const [type, , name] = rnd.weighted(ORGANISATIONS.map((o) => [o, o[1]] as const));
    const unlicensed = rnd.chance(0.6) ? 0 : rnd.int(1, 60);
    world.rows<SoftwareLegalisationCheck>("press", "softwareChecks").push({
      id: world.id("software-check", world.serial("software-check")), region: city.code, checkedOn, organisationName: name(rnd, shortName(city)),
      organisationType: type, computersChecked: rnd.int(20, 800), unlicensedCopiesFound: unlicensed,
      rectifiedOn: unlicensed > 0 && rnd.chance(0.8) ? within(checkedOn, rnd.int(5, 60)) : null, createdAt: atLocal(checkedOn, 16),
    });
  });
}
