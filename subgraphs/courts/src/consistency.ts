import { Agency, type Context, type ReportKey, DataQualityIssue, DataQualityIssueKind, peerFacts, reportKeysCte } from "@ipr/shared";

/** What the procuratorate knows of a prosecution a court case tries, as the caller may see it. */
export interface ProsecutionFacts {
  id: string;
  decision: "PROSECUTED" | "NOT_PROSECUTED";
  defendants: Array<{ id: string }>;
}

/**
 * A record the courts' line counts, for every report key of the request, in one statement:
 * - `trial`: a CRIMINAL court case filed in the month (filedOn, the court's region, its foreignInvested);
 * - `judgment`: a judgment decided in the month with sentences (decidedOn, the judgment's region, the
 *   case's foreignInvested), whatever the verdict, with its sentenced persons in the recorded order;
 * never a withdrawn case or judgment.
 */
interface CountedRow {
  idx: number;
  part: "trial" | "judgment";
  court_case_id: string;
  case_number: string;
  prosecution_id: string | null;
  judgment_id: string | null;
  decided_on: string | null;
  person_ids: string[];
}

function countedSql(keys: readonly ReportKey[]) {
  const { cte, params } = reportKeysCte(keys);
  const sql = `${cte}
    select k.idx, 'trial' as part, c.id as court_case_id, c.case_number, c.prosecution_id, null::uuid as judgment_id, null::text as decided_on, '[]'::json as person_ids
    from k join courts.court_case c
      on c.region >= k.lo and c.region < k.hi and c.filed_on >= k.day_from and c.filed_on < k.day_to and (not k.foreign_only or c.foreign_invested)
    where c.kind = 'CRIMINAL' and c.withdrawn_at is null
    union all
    select k.idx, 'judgment', c.id, c.case_number, c.prosecution_id, j.id, to_char(j.decided_on, 'YYYY-MM-DD'),
      (select json_agg(s.person_id order by s.position) from courts.sentence s where s.judgment_id = j.id)
    from k join courts.judgment j on j.region >= k.lo and j.region < k.hi and j.decided_on >= k.day_from and j.decided_on < k.day_to
      join courts.court_case c on c.id = j.court_case_id and (not k.foreign_only or c.foreign_invested)
    where exists (select 1 from courts.sentence s where s.judgment_id = j.id) and j.withdrawn_at is null and c.withdrawn_at is null
    order by idx, part desc, case_number`;
  return { sql, params };
}

/** A criminal trial checked against the procuratorate's prosecution (null: unknown, or outside the caller's view). */
export function trialIssues(c: { id: string; caseNumber: string; prosecutionId: string | null }, prosecution: ProsecutionFacts | null): DataQualityIssue[] {
  const issue = (kind: DataQualityIssueKind, message: string): DataQualityIssue => ({ agency: Agency.COURTS, kind, recordType: "CourtCase", recordId: c.id, message });
  if (!c.prosecutionId) return [issue(DataQualityIssueKind.TRIAL_WITHOUT_PROSECUTION, `criminal case ${c.caseNumber} names no prosecution`)];
  if (!prosecution)
    return [issue(DataQualityIssueKind.TRIAL_WITHOUT_PROSECUTION, `criminal case ${c.caseNumber} tries prosecution ${c.prosecutionId}, which the procuratorate does not know (or you may not see)`)];
  if (prosecution.decision !== "PROSECUTED")
    return [issue(DataQualityIssueKind.TRIAL_OF_UNPROSECUTED_CASE, `criminal case ${c.caseNumber} tries prosecution ${prosecution.id}, decided ${prosecution.decision}`)];
  return [];
}

/**
 * Each sentence of a judgment checked against the defendants of the prosecution the case tries. With
 * no prosecution known (flagged on the trial in the month it was filed) no one sentenced is a
 * defendant, so each sentence is flagged here too: it is counted in this month's defendantsSentenced.
 */
export function sentenceIssues(
  j: { id: string; caseNumber: string; decidedOn: string; prosecutionId: string | null; personIds: string[] },
  prosecution: ProsecutionFacts | null,
): DataQualityIssue[] {
  const defendants = new Set((prosecution?.defendants ?? []).map((d) => d.id.toLowerCase()));
  const why = !j.prosecutionId ? "the case names no prosecution"
    : !prosecution ? `the prosecution ${j.prosecutionId} is unknown to the procuratorate (or you may not see it)`
    : `not a defendant of prosecution ${prosecution.id}`;
  return j.personIds
    .filter((person) => !defendants.has(person.toLowerCase()))
    .map((person) => ({
      agency: Agency.COURTS, kind: DataQualityIssueKind.SENTENCE_OF_NON_DEFENDANT, recordType: "Judgment", recordId: j.id,
      message: `judgment of ${j.decidedOn} in ${j.caseNumber} sentences person ${person}: ${why}`,
    }));
}

/**
 * The issues of every report key of the request: one SQL statement for the counted trials and
 * judgments, one `_entities` call to the procuratorate for every prosecution they try, as the caller.
 */
export async function courtIssues(ctx: Context, keys: readonly ReportKey[]): Promise<DataQualityIssue[][]> {
  const { sql, params } = countedSql(keys);
  const rows: CountedRow[] = await ctx.em.getConnection().execute(sql, params);
  const out = keys.map((): DataQualityIssue[] => []);
  if (!rows.length) return out;
  const ids = rows.flatMap((r) => (r.prosecution_id ? [r.prosecution_id] : []));
  const prosecutions = ids.length
    ? await peerFacts<ProsecutionFacts>(ctx, "procuratorate", "Prosecution", ids, "id decision defendants { id }")
    : new Map<string, ProsecutionFacts | null>();
  const prosecutionOf = (r: CountedRow) => (r.prosecution_id ? prosecutions.get(r.prosecution_id.toLowerCase()) ?? null : null);
  // a record counted under several keys (a province and the nation) is checked once
  const checked = new Map<string, DataQualityIssue[]>();
  for (const r of rows) {
    const record = `${r.part}:${r.judgment_id ?? r.court_case_id}`;
    let issues = checked.get(record);
    if (!issues) {
      issues = r.part === "trial"
        ? trialIssues({ id: r.court_case_id, caseNumber: r.case_number, prosecutionId: r.prosecution_id }, prosecutionOf(r))
        : sentenceIssues({ id: r.judgment_id!, caseNumber: r.case_number, decidedOn: r.decided_on!, prosecutionId: r.prosecution_id, personIds: r.person_ids ?? [] }, prosecutionOf(r));
      checked.set(record, issues);
    }
    out[r.idx].push(...issues);
  }
  return out;
}
