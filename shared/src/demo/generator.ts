import { SERVICE_MAP, manifestOf, type SubgraphName } from "../registry";
import { Register } from "./enterprises";
import type { DemoSteps } from "./steps";
import { closeAdminCases } from "./outcomes";
import { amendAdminCases, numberVersions } from "./amendments";
import { World } from "./world";
import type { DemoMonth, LineFigures } from "./figures";

/**
 * When a generator draws its rows: the administrative cases first (the sources of the chain), then the
 * chain that follows them (referrals, criminal cases, prosecutions, trials), then what reports on both;
 * last the admin cases are closed (their outcomes depend on the referrals).
 * Within a stage, generators run in port order.
 */
export const DEMO_STAGES = ["cases", "chain", "report"] as const;
export type DemoStage = (typeof DEMO_STAGES)[number];

/** An agency's part of the demo data set, declared beside its definition (`SubgraphDefinition.demo`). */
export interface DemoGenerator {
  /** "cases" unless said otherwise */
  stage?: DemoStage;
  /** How typical cases name the agency's local organ, e.g. 海关 */
  organ?: string;
  /** The steps it lends other agencies' generators (bound to this world) */
  steps?: (world: World) => Partial<DemoSteps>;
  /** Draws its rows into `world.data[<subgraph>]`, from its own random stream */
  generate?: (world: World, register: Register) => void;
  /**
   * Last, once every row exists: the agency's corrections and withdrawals (versions in its history,
   * `amendments.ts`), of records nothing else relies on. The admin cases' are the kit's (`amendAdminCases`).
   */
  amend?: (world: World) => void;
  /**
   * Its own lines of a unit's monthly table as the demo world stands (`DemoMonth` has the helpers):
   * what the office freezes when its demo units submit. Lines it leaves out are zero.
   */
  figures?: (month: DemoMonth) => LineFigures;
}

/**
 * Runs every agency's generator on one world: steps first (so any generator may call any step), then
 * each stage in port order. The same seed, scale and generators give the same rows and ids.
 */
export function runDemo(generators: ReadonlyArray<readonly [subgraph: string, DemoGenerator]>, seed: number, scale: number): World {
  const world = new World(seed, scale);
  const ordered = [...generators].sort(([a], [b]) => SERVICE_MAP[a as SubgraphName] - SERVICE_MAP[b as SubgraphName]);
  const lender = new Map<string, string>();
  for (const [name, generator] of ordered) {
    for (const [step, run] of Object.entries(generator.steps?.(world) ?? {})) {
      // one owner per step: a second would silently replace the first's rows
      if (lender.has(step)) throw new Error(`the demo step ${step} is lent by both ${lender.get(step)} and ${name}`);
      lender.set(step, name);
      Object.assign(world.steps, { [step]: run });
    }
    const agency = manifestOf(name as SubgraphName).agency;
    if (generator.organ && agency) world.organs.set(agency, generator.organ);
    if (generator.figures) world.figureCounters.push(generator.figures);
  }
  const register = new Register(world);
  for (const stage of DEMO_STAGES)
    for (const [, generator] of ordered) if ((generator.stage ?? "cases") === stage) generator.generate?.(world, register);
  // the admin cases' outcomes follow the chain: a referred case is closed by its referral
  closeAdminCases(world);
  // corrections and withdrawals come last: they pick records no other row names
  amendAdminCases(world);
  for (const [, generator] of ordered) generator.amend?.(world);
  numberVersions(world);
  return world;
}
