import { makeIdNumber } from "@ipr/shared";
import {
  FOREIGN_SHARE, FOREIGN_SUSPECTS, amount, atLocal, cityOf, personName, pickCity, pickUnit, schedule, shortName, within, year,
  type CriminalFacts, type FiledCase, type Random, type Register, type Suspect, type World,
} from "@ipr/shared/demo";
import { CriminalOffence, type CriminalCase } from "../entities/criminal-case";
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
  return filed;
}
