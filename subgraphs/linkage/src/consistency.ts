import { Agency, ReportScope, todayIn, type Context, type ReportKey, DataQualityIssue, DataQualityIssueKind, peerFacts, reportKeysCte } from "@ipr/shared";
import { SOURCES, type EnforcementCaseType } from "./sources";

/** A referral the police decided FILED in a report's month. */
interface FiledRow {
  idx: number;
  id: string;
  source_type: EnforcementCaseType;
  source_id: string;
  criminal_case_id: string | null;
  sent_at: Date | string;
}

/**
 * Referrals decided FILED in the month (decidedAt's China-time date; a day ends at midnight China
 * time), region by prefix, for every report key of the request in one statement. Linkage keeps no
 * foreignInvested flag: the scope is applied afterwards from the source case's owner.
 */
function filedSql(keys: readonly ReportKey[]) {
  const { cte, params } = reportKeysCte(keys);
  const sql = `${cte}
    select k.idx, r.id, r.source_type, r.source_id, r.criminal_case_id, r.sent_at
    from k join linkage.referral r
      on r.region >= k.lo and r.region < k.hi
      and r.decided_at >= (to_char(k.day_from, 'YYYY-MM-DD') || ' 00:00+08')::timestamptz
      and r.decided_at < (to_char(k.day_to, 'YYYY-MM-DD') || ' 00:00+08')::timestamptz
    where r.status = 'FILED' and r.withdrawn_at is null
    order by k.idx, r.decided_at, r.id`;
  return { sql, params };
}

/** A filed referral checked against the police's case (null: unknown to the police, or outside the caller's view). */
export function referralIssues(r: { id: string; criminalCaseId: string | null; sentOn: string }, filed: { id: string; filedOn: string } | null): DataQualityIssue[] {
  // the police record the decision to file on the linkage platform: theirs to correct
  const issue = (kind: DataQualityIssueKind, message: string): DataQualityIssue => ({ agency: Agency.POLICE, kind, recordType: "Referral", recordId: r.id, message });
  if (!r.criminalCaseId) return [issue(DataQualityIssueKind.REFERRAL_FILED_WITHOUT_CASE, `referral sent on ${r.sentOn} was decided FILED with no criminal case`)];
  if (!filed)
    return [issue(DataQualityIssueKind.REFERRAL_FILED_WITHOUT_CASE, `referral sent on ${r.sentOn} was decided FILED with criminal case ${r.criminalCaseId}, which the police have not filed (or you may not see)`)];
  if (filed.filedOn < r.sentOn)
    return [issue(DataQualityIssueKind.CASE_FILED_BEFORE_REFERRAL, `referral sent on ${r.sentOn} was answered with criminal case ${filed.id}, filed earlier on ${filed.filedOn}`)];
  return [];
}

/**
 * Whether each flagged referral's source case is foreign-invested, for FOREIGN_INVESTED reports:
 * one `_entities` call per source agency, only for referrals with issues. A source case the caller
 * cannot see is kept in (its scope cannot be told; the issue is shown rather than hidden).
 */
async function foreignSources(ctx: Context, rows: FiledRow[]): Promise<Set<string>> {
  const byType = new Map<EnforcementCaseType, string[]>();
  for (const r of rows) {
    const ids = byType.get(r.source_type);
    if (ids) ids.push(r.source_id);
    else byType.set(r.source_type, [r.source_id]);
  }
  const foreign = new Set<string>();
  await Promise.all([...byType].map(async ([type, ids]) => {
    const source = SOURCES[type];
    const facts = await peerFacts<{ id: string; foreignInvested: boolean }>(ctx, source.subgraph, source.typename, ids, "id foreignInvested");
    for (const [id, fact] of facts) if (!fact || fact.foreignInvested) foreign.add(`${type}:${id}`);
  }));
  return foreign;
}

/**
 * The issues of every report key of the request: one SQL statement for the filed referrals, one
 * `_entities` call to the police for their criminal cases, and, for FOREIGN_INVESTED reports with
 * issues, one call per source agency for the scope, all as the caller.
 */
export async function linkageIssues(ctx: Context, keys: readonly ReportKey[]): Promise<DataQualityIssue[][]> {
  const { sql, params } = filedSql(keys);
  const rows: FiledRow[] = await ctx.em.getConnection().execute(sql, params);
  const out = keys.map((): DataQualityIssue[] => []);
  if (!rows.length) return out;
  const caseIds = rows.flatMap((r) => (r.criminal_case_id ? [r.criminal_case_id] : []));
  const cases = caseIds.length
    ? await peerFacts<{ id: string; filedOn: string }>(ctx, "police", "CriminalCase", caseIds, "id filedOn")
    : new Map<string, { id: string; filedOn: string } | null>();
  const issuesOf = new Map<string, DataQualityIssue[]>();
  for (const r of rows)
    if (!issuesOf.has(r.id)) {
      const filed = r.criminal_case_id ? cases.get(r.criminal_case_id.toLowerCase()) ?? null : null;
      issuesOf.set(r.id, referralIssues({ id: r.id, criminalCaseId: r.criminal_case_id, sentOn: todayIn(new Date(r.sent_at)) }, filed));
    }
  const flagged = rows.filter((r) => issuesOf.get(r.id)!.length);
  const scoped = flagged.filter((r) => keys[r.idx].scope === ReportScope.FOREIGN_INVESTED);
  const foreign = scoped.length ? await foreignSources(ctx, scoped) : new Set<string>();
  for (const r of flagged)
    if (keys[r.idx].scope === ReportScope.ALL || foreign.has(`${r.source_type}:${r.source_id.toLowerCase()}`)) out[r.idx].push(...issuesOf.get(r.id)!);
  return out;
}
