import { EnterpriseStub, EntityStub, MonthlyReportStub } from "@ipr/shared";

/*
 * Other agencies' entities as the courts see them: their keys only. The courts add the cases an
 * enterprise is a party to, the sentences given to a person and the cases that try a prosecution
 * (resolvers/contributions.ts); the owners resolve the rest.
 */

/** SAIC's enterprise. */
export const Enterprise = EnterpriseStub();
export type Enterprise = InstanceType<typeof Enterprise>;

/** The police's suspect. */
export const Person = EntityStub("Person");
export type Person = InstanceType<typeof Person>;

/** The procuratorate's prosecution. */
export const Prosecution = EntityStub("Prosecution");
export type Prosecution = InstanceType<typeof Prosecution>;

/** The office's monthly report, to which the courts contribute their line (beyond the paper table). */
export const MonthlyReport = MonthlyReportStub();
