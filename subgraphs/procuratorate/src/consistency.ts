import { Agency, type Context, type ReportKey, DataQualityIssue, DataQualityIssueKind, peerFacts, reportKeysCte } from "@ipr/shared";

/** An arrest approval or a prosecution a monthly line counts, with the persons it decided on. */
export interface CountedDecision {
  recordType: "ArrestReview" | "Prosecution";
  id: string;
  criminalCaseId: string;
  decidedOn: string;
  personIds: string[];
}

/** What the police know of a criminal case, as the caller may see it. */
export interface FiledCase {
  id: string;
  filedOn: string;
  suspects: Array<{ id: string }>;
}

/**
 * The records the table's procuratorate line counts (decidedOn in the month, region by prefix,
 * foreignInvested for FOREIGN_INVESTED; APPROVED reviews, PROSECUTED prosecutions; never withdrawn ones), for every report
 * key of the request in one statement.
 */
function countedSql(keys: readonly ReportKey[]) {
  const { cte, params } = reportKeysCte(keys);
  const part = (recordType: string, table: string, persons: string, fk: string, decision: string) => `
    select k.idx, '${recordType}' as record_type, t.id, t.criminal_case_id, to_char(t.decided_on, 'YYYY-MM-DD') as decided_on,
      coalesce((select json_agg(p.person_id order by p.position) from procuratorate.${persons} p where p.${fk} = t.id), '[]'::json) as person_ids
    from k join procuratorate.${table} t
      on t.region >= k.lo and t.region < k.hi and t.decided_on >= k.day_from and t.decided_on < k.day_to and (not k.foreign_only or t.foreign_invested)
    where t.decision = '${decision}' and t.withdrawn_at is null`;
  const sql = `${cte} ${part("ArrestReview", "arrest_review", "arrest_review_person", "arrest_review_id", "APPROVED")}
    union all ${part("Prosecution", "prosecution", "prosecution_defendant", "prosecution_id", "PROSECUTED")}
    order by idx, decided_on, record_type, id`;
  return { sql, params };
}

const WHAT = {
  ArrestReview: { unfiled: DataQualityIssueKind.ARREST_WITHOUT_FILED_CASE, decision: "arrest approval", persons: "approved for arrest" },
  Prosecution: { unfiled: DataQualityIssueKind.PROSECUTION_WITHOUT_FILED_CASE, decision: "prosecution", persons: "prosecuted" },
};

/** A decision checked against the police's case (null: unknown to the police, or outside the caller's view). */
export function decisionIssues(d: CountedDecision, filed: FiledCase | null): DataQualityIssue[] {
  const what = WHAT[d.recordType];
  const issue = (kind: DataQualityIssueKind, message: string): DataQualityIssue => ({ agency: Agency.PROCURATORATE, kind, recordType: d.recordType, recordId: d.id, message });
  if (!filed) return [issue(what.unfiled, `${what.decision} of ${d.decidedOn} refers to criminal case ${d.criminalCaseId}, which the police have not filed (or you may not see)`)];
  const issues: DataQualityIssue[] = [];
  if (d.decidedOn < filed.filedOn)
    issues.push(issue(DataQualityIssueKind.DECISION_BEFORE_FILING, `${what.decision} of ${d.decidedOn} precedes the filing of criminal case ${filed.id} on ${filed.filedOn}`));
  const suspects = new Set(filed.suspects.map((s) => s.id.toLowerCase()));
  for (const person of d.personIds)
    if (!suspects.has(person.toLowerCase()))
      issues.push(issue(DataQualityIssueKind.PERSON_NOT_A_SUSPECT, `person ${person} ${what.persons} is not a suspect of criminal case ${filed.id}`));
  return issues;
}

/**
 * The issues of every report key of the request: one SQL statement for the counted decisions, one
 * `_entities` call to the police for every criminal case they refer to, as the caller.
 */
export async function procuratorateIssues(ctx: Context, keys: readonly ReportKey[]): Promise<DataQualityIssue[][]> {
  const { sql, params } = countedSql(keys);
  const rows: Array<{ idx: number; record_type: CountedDecision["recordType"]; id: string; criminal_case_id: string; decided_on: string; person_ids: string[] }> =
    await ctx.em.getConnection().execute(sql, params);
  const out = keys.map((): DataQualityIssue[] => []);
  if (!rows.length) return out;
  const cases = await peerFacts<FiledCase>(ctx, "police", "CriminalCase", rows.map((r) => r.criminal_case_id), "id filedOn suspects { id }");
  // a decision counted under several keys (a province and the nation) is checked once
  const checked = new Map<string, DataQualityIssue[]>();
  for (const r of rows) {
    let issues = checked.get(r.id);
    if (!issues) {
      const decision = { recordType: r.record_type, id: r.id, criminalCaseId: r.criminal_case_id, decidedOn: r.decided_on, personIds: r.person_ids };
      checked.set(r.id, (issues = decisionIssues(decision, cases.get(r.criminal_case_id.toLowerCase()) ?? null)));
    }
    out[r.idx].push(...issues);
  }
  return out;
}
