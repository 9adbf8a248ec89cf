import { Agency, ENTERPRISE_NAMERS, correctionResolvers, enterpriseNaming, importResolvers, isCreditCode, type Context } from "@ipr/shared";
import { Enterprise } from "../entities/enterprise";
import { checkEnterprise } from "../enterprise-checks";
import { Trademark } from "../entities/trademark";
import { checkCorrectedTrademark, parseRegistrationNumber } from "../trademark-checks";
import { SaicCase } from "../entities/saic-case";
import { checkCorrectedSaicCase, createSaicCase } from "../saic-case-checks";
import { CorrectEnterpriseInput, CorrectSaicCaseInput, CorrectTrademarkInput, CreateSaicCaseInput } from "../schema/inputs";

/**
 * correctSaicCase, withdrawSaicCase, SaicCase.history and saicCaseHistory: SAIC only, inside its
 * region, every creation check again, and linkage asked first (a referral relies on the case's
 * region, right holder, foreign investment, date and threshold facts, and forbids withdrawal).
 */
export const SaicCaseCorrections = correctionResolvers({
  typename: "SaicCase",
  entity: SaicCase,
  owner: Agency.SAIC,
  input: CorrectSaicCaseInput,
  check: (ctx, corrected, row) => checkCorrectedSaicCase(ctx, corrected as never, row),
});


/** SAIC's cases about a mark: they rely on who holds it (a case's right holder must be the holder). */
const casesAbout = async (ctx: Context, mark: Trademark) =>
  (await ctx.em.find(SaicCase, { trademarkRegistrationNumber: mark.registrationNumber }, { orderBy: { openedOn: "asc" } }))
    .map((c) => ({ type: "SaicCase", id: c.id, subgraph: "saic", region: c.region, relies: ["holderCreditCode"] }));

/**
 * correctTrademark, withdrawTrademark, Trademark.history, trademarkHistory: SAIC only (national
 * register, named by its registration number). Refused while SAIC's own cases rely on it, or a
 * customs recordation names it (customs answers).
 */
export const TrademarkCorrections = correctionResolvers({
  typename: "Trademark",
  entity: Trademark,
  owner: Agency.SAIC,
  key: { field: "registrationNumber", parse: parseRegistrationNumber },
  region: () => null,
  input: CorrectTrademarkInput,
  check: (ctx, corrected, row) => checkCorrectedTrademark(ctx, corrected as never, row),
  ownDependents: casesAbout,
  dependents: ["customs"],
});

/** stageSaicCasesImport, commitSaicCasesImport, saicCasesImport: the spreadsheet import behind /imports/saic-cases (createSaicCase per row, one transaction). */
export const SaicCaseImports = importResolvers({ name: "SaicCases", typename: "SaicCase", entity: SaicCase, owner: Agency.SAIC, input: CreateSaicCaseInput, key: "caseNumber", create: createSaicCase });

/** SAIC's own records naming an enterprise (its cases, the marks it holds), as the registry lists them. */
const ownNaming = enterpriseNaming("saic")!;

/**
 * correctEnterprise, withdrawEnterprise, Enterprise.history, enterpriseHistory: SAIC only (a national
 * register, named by its credit code, which is never corrected). Every agency whose records name
 * enterprises (registry ENTERPRISE_NAMERS) is asked first: any such record forbids withdrawal, and
 * one naming it as right holder its foreign investment's correction.
 */
export const EnterpriseCorrections = correctionResolvers({
  typename: "Enterprise",
  entity: Enterprise,
  owner: Agency.SAIC,
  key: { field: "creditCode", parse: (v) => (isCreditCode(v.trim().toUpperCase()) ? v.trim().toUpperCase() : null) },
  region: () => null,
  input: CorrectEnterpriseInput,
  check: (ctx, corrected, row) => checkEnterprise(ctx, corrected as never, row),
  ownDependents: (ctx, row) => ownNaming.find(ctx, row.creditCode).then((found) => found.map((d) => ({ ...d, subgraph: "saic" }))),
  dependents: ENTERPRISE_NAMERS.filter((s) => s !== "saic"),
});
