import type { RequiredEntityData } from "@mikro-orm/core";
import { stableId, type Agency } from "@ipr/shared";
import { TypicalCase } from "@ipr/office";
import { Clue, EvidenceItem, EvidenceTransfer, Referral, ReferralEvent, type EnforcementCaseType } from "@ipr/linkage";
import { Enterprise, SaicCase, Trademark } from "@ipr/saic";
import { Patent, PatentCase } from "@ipr/ipo";
import { CopyrightCase, CopyrightWork, SoftwareLegalisationCheck } from "@ipr/press";
import { PlantVariety, PlantVarietyCase } from "@ipr/agriculture";
import { CustomsJointOperation, CustomsRecordation, CustomsSeizure } from "@ipr/customs";
import { CourierComplianceCheck, PostalInterception } from "@ipr/postal";
import { CriminalCase, Person, type CriminalOffence } from "@ipr/police";
import { ArrestReview, FilingSupervision, MisconductCase, Prosecution } from "@ipr/procuratorate";
import { ArrestReviewPerson } from "@ipr/procuratorate/dist/entities/arrest-review-person";
import { ProsecutionDefendant } from "@ipr/procuratorate/dist/entities/prosecution-defendant";
import { FilingSupervisionEvent } from "@ipr/procuratorate/dist/entities/filing-supervision-event";
import { CourtCase, Judgment, Sentence, type CourtIpType } from "@ipr/courts";
import { stream } from "./random";
import type { Holder } from "./enterprises";

/** A row as the entity's MikroORM properties (relations by the referenced id), inserted as is. */
export type Row<T extends object> = RequiredEntityData<T>;

/** Every collection the generator fills, by agency: the loader maps each to its entity class. */
export function emptyData() {
  return {
    office: { typicalCases: [] as Row<TypicalCase>[] },
    linkage: {
      referrals: [] as Row<Referral>[],
      events: [] as Row<ReferralEvent>[],
      clues: [] as Row<Clue>[],
      evidenceTransfers: [] as Row<EvidenceTransfer>[],
      evidenceItems: [] as Row<EvidenceItem>[],
    },
    saic: { enterprises: [] as Row<Enterprise>[], trademarks: [] as Row<Trademark>[], cases: [] as Row<SaicCase>[] },
    ipo: { patents: [] as Row<Patent>[], cases: [] as Row<PatentCase>[] },
    press: { works: [] as Row<CopyrightWork>[], cases: [] as Row<CopyrightCase>[], softwareChecks: [] as Row<SoftwareLegalisationCheck>[] },
    agriculture: { varieties: [] as Row<PlantVariety>[], cases: [] as Row<PlantVarietyCase>[] },
    customs: {
      jointOperations: [] as Row<CustomsJointOperation>[],
      recordations: [] as Row<CustomsRecordation>[],
      seizures: [] as Row<CustomsSeizure>[],
    },
    postal: { interceptions: [] as Row<PostalInterception>[], complianceChecks: [] as Row<CourierComplianceCheck>[] },
    police: { criminalCases: [] as Row<CriminalCase>[], persons: [] as Row<Person>[] },
    procuratorate: {
      arrestReviews: [] as Row<ArrestReview>[],
      arrestReviewPersons: [] as Row<ArrestReviewPerson>[],
      prosecutions: [] as Row<Prosecution>[],
      prosecutionDefendants: [] as Row<ProsecutionDefendant>[],
      filingSupervisions: [] as Row<FilingSupervision>[],
      filingSupervisionEvents: [] as Row<FilingSupervisionEvent>[],
      misconductCases: [] as Row<MisconductCase>[],
    },
    courts: { courtCases: [] as Row<CourtCase>[], judgments: [] as Row<Judgment>[], sentences: [] as Row<Sentence>[] },
  };
}
export type DemoData = ReturnType<typeof emptyData>;

/**
 * An administrative case as the rest of the chain sees it: what the police would file it as, whether
 * it reaches the prosecution threshold, and what a civil suit over it would be about.
 */
export interface SourceCase {
  type: EnforcementCaseType;
  agency: Agency;
  id: string;
  region: string;
  /** openedOn, seizedOn or interceptedOn */
  date: string;
  amount: string;
  holder: Holder;
  infringer: string | null;
  /** The crime the facts may amount to; null for a purely civil matter (e.g. patent infringement). */
  offence: CriminalOffence | null;
  /** Reaches the criminal-prosecution threshold in force on its date (linkage's thresholds). */
  overThreshold: boolean;
  ipType: CourtIpType;
  /** What happened, for typical-case summaries: e.g. 销售假冒“樱花”注册商标的商品. */
  summary: string;
}

/** The generator's state: the data so far, stable ids, independent random streams, the sources of the chain. */
export class World {
  readonly data = emptyData();
  readonly sources: SourceCase[] = [];
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
}
