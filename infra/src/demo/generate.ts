import { generateAgriculture } from "./agriculture";
import { generateChain } from "./chain";
import { generateCustoms } from "./customs";
import { Register } from "./enterprises";
import { generateIpo } from "./ipo";
import { generateOffice } from "./office";
import { generatePostal } from "./postal";
import { generatePress } from "./press";
import { generateSaic } from "./saic";
import { World, type DemoData } from "./world";

export type { DemoData } from "./world";

export interface DemoOptions {
  /** 1 is the demo set `npm start` loads (about 1,250 admin cases); volumes grow linearly. */
  scale?: number;
  seed?: number;
}

/**
 * A deterministic data set for every agency: all 32 reporting units, September 2017 to December
 * 2018. The six kinds of admin case with the registers and enterprises they refer to, then the chain
 * (referrals, criminal cases, arrests, prosecutions, trials, civil suits), then the office's typical
 * cases. The same seed and scale always give the same rows and ids.
 */
export function generateDemo({ scale = 1, seed = 2017 }: DemoOptions = {}): DemoData {
  const world = new World(seed, scale);
  const register = new Register(world);
  generateSaic(world, register);
  generateIpo(world, register);
  generatePress(world, register);
  generateAgriculture(world, register);
  generateCustoms(world, register);
  generatePostal(world, register);
  generateOffice(world, generateChain(world, register));
  return world.data;
}

/** The administrative cases of the six agencies: what the monthly table counts as cases. */
export const adminCases = (data: DemoData) => [
  ...data.saic.cases, ...data.ipo.cases, ...data.press.cases, ...data.agriculture.cases, ...data.customs.seizures, ...data.postal.interceptions,
];
