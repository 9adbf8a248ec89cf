import { EntityStub, MonthlyReportStub } from "@ipr/shared";

/*
 * Other agencies' entities as the procuratorate sees them: just their keys, plus the fields it
 * contributes (resolvers/criminal-case.ts, resolvers/referral.ts). Their owners resolve the rest.
 */

/** The police's criminal case. */
export const CriminalCase = EntityStub("CriminalCase");
export type CriminalCase = InstanceType<typeof CriminalCase>;

/** The police's suspect. */
export const Person = EntityStub("Person");
export type Person = InstanceType<typeof Person>;

/** Linkage's referral of an administrative case to the police. */
export const Referral = EntityStub("Referral");
export type Referral = InstanceType<typeof Referral>;

/** The office's monthly report, to which the procuratorate contributes its lines of the table. */
export const MonthlyReport = MonthlyReportStub();
