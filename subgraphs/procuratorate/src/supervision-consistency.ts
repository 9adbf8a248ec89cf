import { Agency, type Context, type ReportKey, DataQualityIssue, DataQualityIssueKind, reportKeysCte } from "@ipr/shared";
import { filedCase, referralFilings, type ReferralFiling } from "./linkage";

/**
 * Supervisions the procuratorate recorded as ending in filing in a report's month (filedAt's China
 * date), region by prefix, for every report key in one statement. A supervision carries no
 * foreignInvested flag: it is checked in both scopes (an issue is shown rather than hidden).
 */
function supervisedFilingsSql(keys: readonly ReportKey[]) {
  const { cte, params } = reportKeysCte(keys);
  const sql = `${cte}
    select k.idx, s.id, s.referral_id, to_char(s.filed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as filed_on
    from k join procuratorate.filing_supervision s
      on s.region >= k.lo and s.region < k.hi
      and s.filed_at >= (to_char(k.day_from, 'YYYY-MM-DD') || ' 00:00+08')::timestamptz
      and s.filed_at < (to_char(k.day_to, 'YYYY-MM-DD') || ' 00:00+08')::timestamptz
    where s.withdrawn_at is null
    order by k.idx, s.filed_at, s.id`;
  return { sql, params };
}

/** A supervision recorded as filed, checked against linkage's referral (null: unknown, or outside the caller's view). */
export function supervisedFilingIssues(s: { id: string; referralId: string; filedOn: string }, referral: ReferralFiling | null): DataQualityIssue[] {
  if (filedCase(referral)) return [];
  const said = referral ? `linkage records it ${referral.status}${referral.status === "FILED" ? " with no criminal case" : ""}` : "linkage does not know it (or you may not see it)";
  return [{
    agency: Agency.PROCURATORATE, kind: DataQualityIssueKind.SUPERVISED_FILING_NOT_ON_REFERRAL, recordType: "FilingSupervision", recordId: s.id,
    message: `supervision recorded the police's filing on ${s.filedOn}, but referral ${s.referralId}: ${said}`,
  }];
}

/** The supervision issues of every report key of the request: one SQL statement, one `_entities` call to linkage. */
export async function supervisionIssues(ctx: Context, keys: readonly ReportKey[]): Promise<DataQualityIssue[][]> {
  const { sql, params } = supervisedFilingsSql(keys);
  const rows: Array<{ idx: number; id: string; referral_id: string; filed_on: string }> = await ctx.em.getConnection().execute(sql, params);
  const out = keys.map((): DataQualityIssue[] => []);
  if (!rows.length) return out;
  const referrals = await referralFilings(ctx).loadMany(rows.map((r) => r.referral_id));
  rows.forEach((r, i) => {
    const referral = referrals[i];
    if (referral instanceof Error) throw referral; // linkage did not answer: no verdict rather than a false one
    out[r.idx].push(...supervisedFilingIssues({ id: r.id, referralId: r.referral_id, filedOn: r.filed_on }, referral));
  });
  return out;
}
