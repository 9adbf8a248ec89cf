import type { RequiredEntityData } from "@mikro-orm/core";
import type { Agency } from "../agency";
import { stableId } from "../ids";
import { MANIFESTS } from "../registry";
import { stream } from "./random";
import { VERSIONS } from "./amendments";
import type { Holder } from "./enterprises";
import type { DemoSteps } from "./steps";
import type { DemoMonth, LineFigures } from "./figures";

/** A row as the entity's MikroORM properties (relations by the referenced id), inserted as is. */
export type Row<T extends object> = RequiredEntityData<T>;

/** Every generated collection by subgraph, as its manifest's `seed` tables name them: `data.saic.cases`. */
export type DemoData = Record<string, Record<string, object[]>>;

/**
 * An empty collection for every seed table of every manifest, in port order (the loader maps each to
 * its entity), and the kit's `recordVersions` (the agency's record history) last.
 */
export const emptyData = (): DemoData =>
  Object.fromEntries(
    MANIFESTS.filter((m) => m.seed?.length).map((m) => [
      m.name,
      Object.fromEntries([...m.seed!.map(([, collection]) => [collection, [] as object[]]), [VERSIONS, [] as object[]]]),
    ]),
  );

/**
 * An administrative case as the rest of the chain sees it: what the police would file it as, whether
 * it reaches the prosecution threshold, and what a civil suit over it would be about. The types are
 * the other agencies' enum values as plain strings, so no agency imports another's enums.
 */
export interface SourceCase {
  /** Its EnforcementCaseType: the `caseType` of a referable case in the owner's manifest, e.g. SAIC_CASE */
  type: string;
  agency: Agency;
  id: string;
  region: string;
  /** openedOn, seizedOn or interceptedOn */
  date: string;
  amount: string;
  holder: Holder;
  infringer: string | null;
  /** The crime (a CriminalOffence) the facts may amount to; null for a purely civil matter (e.g. patent infringement). */
  offence: string | null;
  /** Reaches the criminal-prosecution threshold in force on its date (linkage's thresholds). */
  overThreshold: boolean;
  /** The CourtIpType a civil suit over it would have */
  ipType: string;
  /** What happened, for typical-case summaries: e.g. 销售假冒“樱花”注册商标的商品. */
  summary: string;
}

/**
 * The generator's state: the data so far, stable ids, independent random streams, the sources of the
 * chain and how each ended, and the steps each agency's generator lends the others.
 */
export class World {
  readonly data: DemoData = emptyData();
  readonly sources: SourceCase[] = [];
  /** Per source case id, how the chain ended it (for the typical cases); unset: an administrative penalty only. */
  readonly outcomes = new Map<string, string>();
  /** Per source case id, the day it was first referred to the police (linkage): it is closed REFERRED_TO_POLICE then. */
  readonly referredOn = new Map<string, string>();
  /** The steps of the agencies' generators, by name: each agency registers its own (see `DemoSteps`). */
  readonly steps = {} as DemoSteps;
  /** How typical cases name each agency's local organ, by agency code, e.g. 海关. */
  readonly organs = new Map<string, string>();
  /** Each agency's count of its own lines of a unit's month (`DemoGenerator.figures`), for frozen snapshots. */
  readonly figureCounters: Array<(month: DemoMonth) => LineFigures> = [];
  private readonly serials = new Map<string, number>();

  constructor(
    readonly seed: number,
    readonly scale: number,
  ) {}

  /** 1, 2, 3, … per kind of row: document numbers and ids are built from it. */
  serial(kind: string): number {
    const n = (this.serials.get(kind) ?? 0) + 1;
    this.serials.set(kind, n);
    return n;
  }

  /** The same id for the same row on every run with this seed. */
  id(kind: string, ...parts: Array<string | number>): string {
    return stableId(kind, this.seed, ...parts);
  }

  random(name: string) {
    return stream(this.seed, name);
  }

  /** A collection the subgraph's manifest declares in `seed`, as rows of its entity. */
  rows<T extends object>(subgraph: string, collection: string): Row<T>[] {
    const rows = this.data[subgraph]?.[collection];
    if (!rows) throw new Error(`the manifest of ${subgraph} declares no seed table "${collection}"`);
    return rows as Row<T>[];
  }
}
