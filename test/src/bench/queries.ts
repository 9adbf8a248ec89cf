/** The operations `npm run bench` measures, and the plain SQL each is compared with. */

/** One admin case traced to its judgment: 5 subgraphs, 7 fetches, 5 in sequence. */
export const TRACE = `query($id: ID!) { saicCase(id: $id) { caseNumber amountInvolved exceedsCriminalThreshold rightHolder { name }
  referrals { status criminalCase { filingNumber suspects { name }
    arrestReviews { decision persons { name } }
    prosecutions { decision courtCases { caseNumber judgment { verdict sentences { prisonMonths person { name } } } } } } } } }`;

/**
 * The same rows in ONE statement across the agency schemas, shaped as JSON like the answer: the
 * physical limit a federated trace is compared with.
 */
export const TRACE_SQL = `select c.case_number, c.amount_involved, e.name as right_holder,
  exists (select 1 from linkage.criminal_threshold t
    where t.offence = case c.category when 'TRADEMARK' then 'TRADEMARK_COUNTERFEITING' else 'TRADE_SECRET_INFRINGEMENT' end
      and t.effective_from <= c.opened_on and (t.effective_to is null or t.effective_to > c.opened_on) and t.minimum <= c.amount_involved) as exceeds,
  (select json_agg(json_build_object('status', r.status, 'criminalCase', (
     select json_build_object('filingNumber', k.filing_number,
       'suspects', (select json_agg(json_build_object('name', p.name) order by p.id) from police.person p where p.criminal_case_id = k.id),
       'arrestReviews', (select json_agg(json_build_object('decision', a.decision, 'persons',
          (select json_agg(json_build_object('name', p.name)) from procuratorate.arrest_review_person ap join police.person p on p.id = ap.person_id where ap.arrest_review_id = a.id)))
          from procuratorate.arrest_review a where a.criminal_case_id = k.id),
       'prosecutions', (select json_agg(json_build_object('decision', s.decision, 'courtCases',
          (select json_agg(json_build_object('caseNumber', cc.case_number, 'judgment',
             (select json_build_object('verdict', j.verdict, 'sentences',
                (select json_agg(json_build_object('prisonMonths', se.prison_months, 'person', json_build_object('name', p.name)) order by se.position)
                 from courts.sentence se join police.person p on p.id = se.person_id where se.judgment_id = j.id))
              from courts.judgment j where j.court_case_id = cc.id)))
           from courts.court_case cc where cc.prosecution_id = s.id)))
          from procuratorate.prosecution s where s.criminal_case_id = k.id))
     from police.criminal_case k where k.id = r.criminal_case_id)) order by r.sent_at)
   from linkage.referral r where r.source_id = c.id and r.source_type = 'SAIC_CASE') as referrals
from saic.saic_case c left join saic.enterprise e on e.credit_code = c.right_holder_credit_code
where c.id = $1`;

/** A primary-key lookup straight to the SAIC subgraph (signed), and its SQL. */
export const LOOKUP = `query($id: ID!) { saicCase(id: $id) { id caseNumber category openedOn region amountInvolved foreignInvested } }`;
export const LOOKUP_SQL = `select id, case_number, category, opened_on, region, amount_involved, foreign_invested from saic.saic_case where id = $1`;

/** Cases that have a full chain to a judgment, to trace. */
export const FIND = `{ prosecutions(first: 50, filter: { decision: PROSECUTED }) { edges { node { criminalCase { referral { sourceType source { ... on SaicCase { id } } } } } } } }`;

const TABLE = `region period scope regionName dueOn status
  tradeSecretCases { cases amountInvolved } trademarkCases { cases amountInvolved } patentCases { cases amountInvolved }
  copyrightCases { cases amountInvolved } plantVarietyCases { cases amountInvolved }
  police { casesFiled suspectsCaught amountInvolved }
  procuratorate { arrestApprovedCases arrestApprovedPersons prosecutedCases prosecutedPersons }
  customs { seizures goodsValue amountInvolved } postal { interceptions items crossBorder amountInvolved }
  courts { casesFiled criminalCasesFiled judgments defendantsSentenced }`;

/** 32 reporting units × 16 months = 512 tables, and one table. */
export const MONTHLY_512 = `{ monthlyReports(from: "2017-09", to: "2018-12") { ${TABLE} } }`;
export const MONTHLY_1 = `{ monthlyReport(region: "440000", period: "2018-06") { ${TABLE} } }`;
