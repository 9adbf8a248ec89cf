import { makeCreditCode } from "../credit-code";
import { atLocal } from "./dates";
import { FOREIGN_BRANDS, SEED_TRADES, TRADES, domesticName, foreignName, tradeName } from "./names";
import { pickCity, pickUnit, placeName, type City, type Unit } from "./places";
import type { Random } from "./random";
import type { World } from "./world";

/** A right on one of the national registers, as the holder's cases and customs recordations refer to it. */
export interface Right {
  /** Registration, patent or right number */
  number: string;
  /** Registered or granted on */
  date: string;
  /** The mark, title or denomination */
  label: string;
  /** Work type or plant-variety sector, where the register has one */
  sort?: string;
}

/** An enterprise on SAIC's register that holds rights; its registered rights are added as cases need them. */
export interface Holder {
  creditCode: string;
  name: string;
  foreignInvested: boolean;
  region: string;
  /** The trade name its marks are built on */
  brand: string;
  trade: string;
  rights: Record<"trademark" | "patent" | "work" | "variety", Right[]>;
}

/** Most cases of the action plan protect foreign-invested right holders, but not all. */
export const FOREIGN_SHARE = 0.7;

/** Dates within [from, to], day 1-28 so that 10-year terms never start on 29 February. */
export const dateBetween = (rnd: Random, fromYear: number, toYear: number, lastMonth = 12) => {
  const year = rnd.int(fromYear, toYear);
  const month = rnd.int(1, year === toYear ? lastMonth : 12);
  return `${year}-${String(month).padStart(2, "0")}-${String(rnd.int(1, 28)).padStart(2, "0")}`;
};

/**
 * SAIC's enterprise register, filled as cases need enterprises: right holders (reused across cases,
 * a share of them active nationally) and local infringers (some of them repeat offenders).
 */
export class Register {
  private readonly holderPools = new Map<string, Holder[]>();
  private readonly infringerPools = new Map<string, string[]>();

  constructor(private readonly world: World) {}

  private enterprise(rnd: Random, city: City, foreign: boolean, name: string, investor: string | null, since: [number, number]) {
    // a multiplier coprime to 31^9 spreads the serials over the 9-character organisation codes, each once
    const creditCode = makeCreditCode(city.code, (this.world.serial("enterprise") * 7_919_111 + 100_003) % 31 ** 9);
    this.world.steps.registerEnterprise({
      creditCode, name, foreignInvested: foreign, investorCountry: investor, region: city.code,
      registeredAt: atLocal(dateBetween(rnd, since[0], since[1], since[1] === 2017 ? 6 : 12), 10),
    });
    return creditCode;
  }

  /**
   * A right holder for a case in `unit`: often one already on the register; a third of foreign
   * holders are registered in another province (a Shanghai subsidiary's marks are infringed in Zhejiang).
   */
  holder(rnd: Random, unit: Unit, foreign: boolean, seedTrade = false): Holder {
    const home = foreign && rnd.chance(0.35) ? pickUnit(rnd) : unit;
    const key = `${home.code}|${foreign}|${seedTrade}`;
    const pool = this.holderPools.get(key) ?? [];
    this.holderPools.set(key, pool);
    if (pool.length > 0 && !rnd.chance(pool.length < 4 ? 0.4 : 0.18)) return rnd.pick(pool);
    const city = pickCity(rnd, home);
    const trade = rnd.pick(seedTrade ? SEED_TRADES : TRADES);
    const [brand, country] = foreign ? rnd.pick(FOREIGN_BRANDS) : [tradeName(rnd), null];
    const name = foreign ? foreignName(rnd, placeName(city), brand, trade) : `${placeName(city)}${brand}${trade}股份有限公司`;
    const creditCode = this.enterprise(rnd, city, foreign, name, country, foreign ? [1995, 2015] : [2000, 2015]);
    const holder: Holder = { creditCode, name, foreignInvested: foreign, region: city.code, brand, trade, rights: { trademark: [], patent: [], work: [], variety: [] } };
    pool.push(holder);
    return holder;
  }

  /** A local enterprise found infringing, or null when the infringer is an individual trader (个体工商户, 自然人). */
  infringer(rnd: Random, city: City, individuals = 0.15): string | null {
    if (rnd.chance(individuals)) return null;
    const pool = this.infringerPools.get(city.code) ?? [];
    this.infringerPools.set(city.code, pool);
    if (pool.length > 0 && rnd.chance(0.25)) return rnd.pick(pool);
    const code = this.enterprise(rnd, city, false, domesticName(rnd, placeName(city)), null, [2008, 2017]);
    pool.push(code);
    return code;
  }

  /** An enterprise that is not a right holder: couriers, organisations inspected. */
  other(rnd: Random, city: City, name: string) {
    return this.enterprise(rnd, city, false, name, null, [2000, 2015]);
  }
}
