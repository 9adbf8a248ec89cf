import { makeIdNumber } from "@ipr/shared";
import {
  FOREIGN_SHARE, FOREIGN_SUSPECTS, amount, atLocal, cityOf, personName, pickCity, pickUnit, schedule, shortName, within, year,
  type CriminalFacts, type FiledCase, type Random, type Register, type Suspect, type World,
} from "@ipr/shared/demo";
import { CampaignCode } from "@ipr/shared";
import { CriminalOffence, type CriminalCase } from "../entities/criminal-case";
import type { CaseCluster, CaseClusterMember } from "../entities/case-cluster";
import type { Person } from "../entities/person";

/** Chinese names of the offences, for referral reasons, charges and typical-case summaries. */
export const OFFENCE_NAMES: Record<CriminalOffence, string> = {
  COUNTERFEITING_TRADEMARK: "假冒注册商标罪",
  SELLING_COUNTERFEIT_TRADEMARK_GOODS: "销售假冒注册商标的商品罪",
  ILLEGAL_TRADEMARK_LABELS: "非法制造、销售非法制造的注册商标标识罪",
  PATENT_PASSING_OFF: "假冒专利罪",
  COPYRIGHT_INFRINGEMENT: "侵犯著作权罪",
  SELLING_INFRINGING_COPIES: "销售侵权复制品罪",
  TRADE_SECRET_INFRINGEMENT: "侵犯商业秘密罪",
  COUNTERFEIT_GOODS: "生产、销售伪劣产品罪",
};

/**
 * Files a criminal case with one to four suspects: most are caught within weeks (the monthly table
 * counts them by caughtOn), a few remain at large; a few are foreigners without a resident ID.
 */
export function fileCriminalCase(world: World, rnd: Random, facts: CriminalFacts): FiledCase {
  const n = world.serial("criminal-case");
  const id = world.id("criminal-case", n);
  const city = cityOf(facts.region);
  world.rows<CriminalCase>("police", "criminalCases").push({
    id, filingNumber: `${shortName(city)}公经立字〔${year(facts.filedOn)}〕${n}号`, offence: facts.offence as CriminalOffence, region: facts.region,
    filedOn: facts.filedOn, amountInvolved: facts.amount, rightHolderCreditCode: facts.holder.creditCode,
    foreignInvested: facts.holder.foreignInvested, createdAt: facts.at ?? atLocal(facts.filedOn, rnd.int(9, 18), rnd.int(0, 59)),
  });
  const suspects: Suspect[] = [];
  for (let position = 0, count = rnd.weighted([[1, 45], [2, 30], [3, 15], [4, 10]] as const); position < count; position++) {
    const serial = world.serial("person");
    const caughtOn = rnd.chance(0.88) ? within(facts.filedOn, rnd.int(0, 25)) : null;
    const foreigner = rnd.chance(0.03) ? rnd.pick(FOREIGN_SUSPECTS) : null;
    // most suspects are local; migrants' IDs carry the code of their home region
    const home = rnd.chance(0.7) ? city : pickCity(rnd, pickUnit(rnd));
    const birth = `19${rnd.int(60, 98)}-${String(rnd.int(1, 12)).padStart(2, "0")}-${String(rnd.int(1, 28)).padStart(2, "0")}`;
    // the Corps has no resident-ID codes of its own: its people hold Xinjiang ones (石河子 659001)
    const idRegion = home.code.startsWith("66") ? "659001" : home.code;
    const person = {
      id: world.id("person", serial), criminalCase: id, region: facts.region, position, name: foreigner ? foreigner[1] : personName(rnd),
      idNumber: foreigner ? null : makeIdNumber(idRegion, birth, serial), nationality: foreigner ? foreigner[0] : "CN", caughtOn,
    };
    world.rows<Person>("police", "persons").push(person);
    suspects.push({ id: person.id, caughtOn });
  }
  const { region, filedOn, offence, infringer } = facts;
  return { id, region, filedOn, offence, amount: facts.amount, foreignInvested: facts.holder.foreignInvested, infringer, suspects };
}

/** Cases the police file on their own (clues, cluster campaigns), not from an administrative referral. */
export function generateOwnCases(world: World, register: Register, perScale: number): FiledCase[] {
  const rnd = world.random("police");
  const filed: FiledCase[] = [];
  schedule(world, rnd, perScale, (unit, filedOn) => {
    const city = pickCity(rnd, unit);
    const offence = rnd.weighted([
      [CriminalOffence.SELLING_COUNTERFEIT_TRADEMARK_GOODS, 40], [CriminalOffence.COUNTERFEITING_TRADEMARK, 25], [CriminalOffence.ILLEGAL_TRADEMARK_LABELS, 8],
      [CriminalOffence.COPYRIGHT_INFRINGEMENT, 10], [CriminalOffence.TRADE_SECRET_INFRINGEMENT, 5], [CriminalOffence.COUNTERFEIT_GOODS, 10], [CriminalOffence.PATENT_PASSING_OFF, 2],
    ] as const);
    const holder = register.holder(rnd, unit, rnd.chance(FOREIGN_SHARE));
    filed.push(fileCriminalCase(world, rnd, { region: city.code, filedOn, offence, amount: amount(rnd, 150_000, 1.0, 20_000), holder, infringer: register.infringer(rnd, city, 0.5) }));
  });
  generateClusters(world, filed);
  return filed;
}

/**
 * Cluster campaigns: in about half the provinces whose own cases span two cities or more, the
 * provincial police tie two to four of them (of different cities) into one cluster, led from the
 * first member's city once the last member is filed; the member cases carry the campaign code. Its own random stream, so the
 * cases above stay the same with or without clusters.
 */
function generateClusters(world: World, filed: FiledCase[]): void {
  const rnd = world.random("police-clusters");
  const byProvince = new Map<string, FiledCase[]>();
  for (const c of filed) byProvince.set(c.region.slice(0, 2), [...(byProvince.get(c.region.slice(0, 2)) ?? []), c]);
  const cases = world.rows<CriminalCase>("police", "criminalCases");
  for (const [, inProvince] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) {
    const oneByCity = [...new Map(inProvince.map((c) => [c.region, c])).values()];
    if (oneByCity.length < 2 || !rnd.chance(0.5)) continue;
    const members = oneByCity.slice(0, Math.min(oneByCity.length, rnd.int(2, 4)));
    const n = world.serial("case-cluster");
    const id = world.id("case-cluster", n);
    const lead = members[0]!;
    world.rows<CaseCluster>("police", "caseClusters").push({
      id, name: `${shortName(cityOf(lead.region))}牵头${OFFENCE_NAMES[lead.offence as CriminalOffence]}集群战役`, leadRegion: lead.region,
      campaign: CampaignCode.CLUSTER_CAMPAIGN, regions: [...new Set(members.map((m) => m.region))].sort(), createdAt: atLocal(members.map((m) => m.filedOn).sort().at(-1)!, 17, 0), // once the last member is filed
    });
    members.forEach((m, position) => {
      world.rows<CaseClusterMember>("police", "caseClusterMembers").push({
        id: world.id("case-cluster-member", n, position), cluster: id, criminalCase: m.id, region: m.region, position,
      } as never);
      const row = cases.find((c) => c.id === m.id);
      if (row) row.campaign = CampaignCode.CLUSTER_CAMPAIGN;
    });
  }
}
