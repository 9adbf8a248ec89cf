import { REFERABLE_CASES, manifestOf, type SubgraphName } from "@ipr/shared";
import { runDemo, type DemoData } from "@ipr/shared/demo";
import { SUBGRAPHS } from "../subgraphs";

export type { DemoData } from "@ipr/shared/demo";

export interface DemoOptions {
  /** 1 is the demo set `npm start` loads (about 1,250 admin cases); volumes grow linearly. */
  scale?: number;
  seed?: number;
}

/**
 * A deterministic data set for every agency: all 32 reporting units, September 2017 to December
 * 2018. Each subgraph's own generator (`SubgraphDefinition.demo`, in `subgraphs/<agency>/src/demo/`)
 * draws its part: the admin cases with the registers and enterprises they refer to, then the chain
 * (referrals, criminal cases, arrests, prosecutions, trials, civil suits), then the office's typical
 * cases. The same seed and scale always give the same rows and ids.
 */
export function generateDemo({ scale = 1, seed = 2017 }: DemoOptions = {}): DemoData {
  const generators = SUBGRAPHS.flatMap((def) => (def.demo ? [[def.name, def.demo()] as const] : []));
  return runDemo(generators, seed, scale).data;
}

/** The collection of the data set that holds a subgraph's rows of an entity, as its manifest's seed names it. */
const collectionOf = (subgraph: SubgraphName, entity: string) => {
  const table = manifestOf(subgraph).seed?.find(([name]) => name === entity);
  if (!table) throw new Error(`the manifest of ${subgraph} seeds no ${entity}`);
  return table[1];
};

/** The administrative cases of every referable kind (the registry's): what the monthly table counts as cases. */
export const adminCases = (data: DemoData): object[] =>
  REFERABLE_CASES.flatMap(({ subgraph, typename }) => data[subgraph][collectionOf(subgraph, typename)]);
