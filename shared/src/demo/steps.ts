import type { Holder, Register, Right } from "./enterprises";
import type { Random } from "./random";
import type { SourceCase } from "./world";

/**
 * What one agency's generator asks of another's while drawing its rows: a right on another register,
 * a criminal case opened for a referral, a trial of a prosecution. The owner registers each step (its
 * `DemoGenerator.steps`); the caller reaches it as `world.steps.<name>`, so no agency imports another.
 * Enum values of other agencies travel as plain strings.
 */
export interface DemoSteps {
  /** Puts an enterprise on the enterprise register. */
  registerEnterprise(row: EnterpriseRecord): void;
  /** One of the holder's registered marks, registering one now and then. */
  trademarkOf(rnd: Random, holder: Holder): Right;
  /** One of the holder's granted patents, granting one now and then. */
  patentOf(rnd: Random, holder: Holder): Right;
  /** One of the holder's registered works of that CopyrightWorkType, registering one now and then. */
  workOf(rnd: Random, holder: Holder, workType: string): Right;

  /** The Chinese name of a CriminalOffence, e.g. 假冒注册商标罪. */
  offenceName(offence: string): string;
  /** Files a criminal case with its suspects. */
  fileCriminalCase(rnd: Random, facts: CriminalFacts): FiledCase;
  /** The criminal cases the police file on their own (not referred), `perScale` per unit of scale. */
  fileOwnCases(register: Register, perScale: number): FiledCase[];

  /** Arrest review and review for prosecution of a criminal case; null when it is not decided. */
  review(rnd: Random, filed: FiledCase): Decided | null;
  /** Filing supervision of a referral the police declined or left overdue. */
  supervise(rnd: Random, referral: ReferralRecord, file: FileCriminalCase): void;
  /** Duty-crime cases against officials, related to some of the criminal cases. */
  misconduct(rnd: Random, filed: FiledCase[]): void;

  /** The criminal trial of a prosecution; null when there is none or it is undecided. */
  tryProsecution(rnd: Random, filed: FiledCase, prosecution: Decided): Trial | null;
  /** Civil suits of right holders and administrative suits of infringers over an admin case. */
  civilAndAdministrative(rnd: Random, source: SourceCase): void;
}

/** An enterprise as the register creates it. */
export interface EnterpriseRecord {
  creditCode: string;
  name: string;
  foreignInvested: boolean;
  investorCountry: string | null;
  region: string;
  registeredAt: Date;
}

/** What a criminal case is filed on. */
export interface CriminalFacts {
  region: string;
  filedOn: string;
  /** CriminalOffence */
  offence: string;
  amount: string;
  holder: Holder;
  infringer: string | null;
  /** When it was recorded, if not some time on filedOn */
  at?: Date;
}

export interface Suspect {
  id: string;
  caughtOn: string | null;
}

/** A criminal case as the procuratorate and the courts take it up. */
export interface FiledCase {
  id: string;
  region: string;
  filedOn: string;
  /** CriminalOffence */
  offence: string;
  amount: string;
  foreignInvested: boolean;
  /** The enterprise behind the crime, when there is one: a court may try it as a unit defendant. */
  infringer: string | null;
  suspects: Suspect[];
}

/** A prosecution decision as the courts take it up. */
export interface Decided {
  id: string;
  /** ProsecutionDecision */
  decision: string;
  decidedOn: string;
  defendants: string[];
}

/** How a criminal trial ended. */
export interface Trial {
  /** Verdict */
  verdict: string;
  decidedOn: string;
  /** The longest prison term, 0 for an acquittal */
  prisonMonths: number;
}

/** A referral as filing supervision reads it. */
export interface ReferralRecord {
  id: string;
  region: string;
  /** ReferralStatus */
  status: string;
  sentAt: Date;
  decidedAt: Date | null;
  decisionDueAt: Date | null;
}

/** Opens the criminal case a referral or a filing order leads to, on that day at that instant; returns its id. */
export type FileCriminalCase = (filedOn: string, at: Date) => string;
