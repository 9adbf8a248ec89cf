import { badInput, peerFacts, type Context } from "@ipr/shared";

/**
 * The filing of a referral is one fact, owned by linkage: the police decide the referral FILED there
 * (`decideReferral`, under supervision once the procuratorate ordered it) and name the criminal case.
 * The procuratorate stores only the referral it supervises and reads the filing from its owner.
 */
export interface ReferralFiling {
  id: string;
  /** linkage's ReferralStatus: SENT, FILED, DECLINED, RECONSIDERATION_REQUESTED, RECONSIDERATION_DECLINED */
  status: string;
  criminalCase: { id: string } | null;
}

/** Each referral's filing as linkage answers it to the caller (null: unknown or outside the caller's view); one call per request. */
export const referralFilings = (ctx: Context) =>
  ctx.loaders.get<string, ReferralFiling | null>("linkage:Referral.filing", async (ids) => {
    const facts = await peerFacts<ReferralFiling>(ctx, "linkage", "Referral", ids, "id status criminalCase { id }");
    return ids.map((id) => facts.get(id.toLowerCase()) ?? null);
  });

/** The referral each criminal case answers, as linkage knows it (null: none); one call per request. */
export const referralOfCase = (ctx: Context) =>
  ctx.loaders.get<string, string | null>("linkage:CriminalCase.referral", async (ids) => {
    const facts = await peerFacts<{ id: string; referral: { id: string } | null }>(ctx, "linkage", "CriminalCase", ids, "id referral { id }");
    return ids.map((id) => facts.get(id.toLowerCase())?.referral?.id.toLowerCase() ?? null);
  });

/** The criminal case the police filed for the referral, when linkage records it FILED. */
export const filedCase = (referral: ReferralFiling | null) => (referral?.status === "FILED" ? referral.criminalCase?.id.toLowerCase() ?? null : null);

/**
 * A supervised filing is recorded once the police have recorded it on linkage: the case is the
 * referral's, and a case named besides must be that one.
 */
export function checkSupervisedFiling(referral: ReferralFiling | null, named: string | null): string {
  const filed = filedCase(referral);
  if (!filed)
    throw badInput("input.supervisionId", `the police have not decided the referral FILED on the linkage platform (status ${referral?.status ?? "unknown"}): they record the filing with decideReferral first`);
  if (named && named.toLowerCase() !== filed)
    throw badInput("input.criminalCaseId", `the police decided the referral FILED with criminal case ${filed}: record that case, or correct the referral`);
  return filed;
}
