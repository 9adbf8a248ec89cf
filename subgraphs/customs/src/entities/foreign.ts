import { EnterpriseStub, EntityStub, MonthlyReportStub } from "@ipr/shared";

/*
 * Other agencies' entities as customs sees them: their keys only. Customs adds its detentions and
 * recordations to each (resolvers/enterprise.ts, resolvers/rights.ts); the owners resolve the rest.
 */

/** SAIC's enterprise. */
export const Enterprise = EnterpriseStub();
export type Enterprise = InstanceType<typeof Enterprise>;

/** A patent, owned by the IP office. */
export const Patent = EntityStub("Patent", { key: "patentNumber", description: "A patent" });
export type Patent = InstanceType<typeof Patent>;

/** A registered copyright work, owned by the copyright administration. */
export const CopyrightWork = EntityStub("CopyrightWork", { key: "registrationNumber", description: "A registered copyright work" });
export type CopyrightWork = InstanceType<typeof CopyrightWork>;

/** A registered trademark, owned by market regulation. */
export const Trademark = EntityStub("Trademark", { key: "registrationNumber", description: "A registered trademark" });
export type Trademark = InstanceType<typeof Trademark>;

/** The office's monthly report, to which customs contributes its line (beyond the paper table). */
export const MonthlyReport = MonthlyReportStub();
