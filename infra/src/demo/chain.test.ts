import { isIdNumber, isRegion } from "@ipr/shared";
import { endOfDayAfter } from "@ipr/linkage";
import { EXPLANATION_DAYS, FILING_DAYS } from "@ipr/procuratorate";
import { byKey, day, demo, groupBy, recs, Violations, type Rec } from "./demo.testing";

/** Every link of the chain points at an existing row of the right agency, and its dates are in order. */
describe.each([[1, 2017], [3, 99]])("the chain from admin case to judgment is consistent (scale %d, seed %d)", (scale, seed) => {
  const data = demo(scale, seed);
  const v = new Violations();
  afterEach(() => expect(v.flush()).toEqual([]));

  const sources: Record<string, [Map<string, Rec>, string, string]> = {
    SAIC_CASE: [byKey(data.saic.cases), "SAIC", "openedOn"],
    PATENT_CASE: [byKey(data.ipo.cases), "IPO", "openedOn"],
    COPYRIGHT_CASE: [byKey(data.press.cases), "PRESS", "openedOn"],
    PLANT_VARIETY_CASE: [byKey(data.agriculture.cases), "AGRICULTURE", "openedOn"],
    CUSTOMS_SEIZURE: [byKey(data.customs.seizures), "CUSTOMS", "seizedOn"],
    POSTAL_INTERCEPTION: [byKey(data.postal.interceptions), "POSTAL", "interceptedOn"],
  };
  const criminal = byKey(data.police.criminalCases);
  const suspectsOf = groupBy(data.police.persons, "criminalCase");
  const referrals = byKey(data.linkage.referrals);
  const prosecutions = byKey(data.procuratorate.prosecutions);

  test("police: suspects belong to their case, numbered in order, Chinese ones with a valid resident ID unique in the case", () => {
    for (const p of recs(data.police.persons)) {
      const c = criminal.get(p.criminalCase);
      v.check(c && c.region === p.region, `person ${p.id}: case ${p.criminalCase}`);
      v.check(p.nationality === "CN" ? isIdNumber(p.idNumber) : p.idNumber === null || isIdNumber(p.idNumber), `person ${p.id}: id ${p.idNumber}`);
      v.check(!p.caughtOn || p.caughtOn >= c!.filedOn, `person ${p.id}: caught before the filing`);
    }
    for (const [id, suspects] of suspectsOf) {
      v.check(suspects.length >= 1 && suspects.length <= 4, `case ${id}: ${suspects.length} suspects`);
      v.check(suspects.every((s, i) => s.position === i), `case ${id}: positions`);
      const ids = suspects.map((s) => s.idNumber).filter(Boolean);
      v.check(new Set(ids).size === ids.length, `case ${id}: one person twice`);
    }
    v.check(criminal.size === suspectsOf.size, "a criminal case without suspects");
    const filings = recs(data.police.criminalCases).map((c) => c.filingNumber);
    v.check(new Set(filings).size === filings.length, "filing numbers repeat");
  });

  test("linkage: referrals name an existing case of the sending agency, are sent after it, and follow decree 310's steps", () => {
    const filedFor = new Set<string>();
    const events = groupBy(data.linkage.events, "referral");
    for (const r of recs(data.linkage.referrals)) {
      const [cases, agency, dateField] = sources[r.sourceType];
      const source = cases.get(r.sourceId);
      v.check(source && r.fromAgency === agency && r.region === source.region, `referral ${r.id}: source`);
      v.check(source && day(r.sentAt) >= source[dateField], `referral ${r.id}: sent before the case`);
      const pending = r.status === "SENT" || r.status === "RECONSIDERATION_REQUESTED";
      v.check(pending === (r.decisionDueAt !== null), `referral ${r.id}: decisionDueAt ${r.decisionDueAt} when ${r.status}`);
      if (r.status === "SENT") v.check(r.decisionDueAt.getTime() === endOfDayAfter(r.sentAt, 3).getTime() && !r.decidedAt, `referral ${r.id}: first deadline`);
      if (r.status === "RECONSIDERATION_REQUESTED")
        v.check(r.decisionDueAt.getTime() === endOfDayAfter(r.reconsiderationRequestedAt, 3).getTime(), `referral ${r.id}: reconsideration deadline`);
      if (r.reconsiderationRequestedAt) {
        const declined = events.get(r.id)!.find((e) => e.kind === "DECLINED")!;
        v.check(declined.at < r.reconsiderationRequestedAt && r.reconsiderationRequestedAt <= endOfDayAfter(declined.at, 3), `referral ${r.id}: reconsideration window`);
      }
      v.check(r.status !== "DECLINED" && r.status !== "RECONSIDERATION_DECLINED" ? true : r.decisionReason, `referral ${r.id}: declined without reason`);
      v.check(!r.decidedAt || r.decidedAt > r.sentAt, `referral ${r.id}: decided before sent`);
      if (r.status === "FILED") {
        const c = criminal.get(r.criminalCaseId);
        v.check(c && c.filedOn >= day(r.sentAt) && c.filedOn <= day(r.decidedAt) && c.region === r.region, `referral ${r.id}: criminal case`);
        v.check(c && c.amountInvolved === source?.amountInvolved && c.rightHolderCreditCode === source?.rightHolderCreditCode && c.foreignInvested === source?.foreignInvested, `referral ${r.id}: facts carried over`);
        v.check(!filedFor.has(r.criminalCaseId), `referral ${r.id}: criminal case answers two referrals`);
        filedFor.add(r.criminalCaseId);
      } else v.check(r.criminalCaseId === null, `referral ${r.id}: criminal case without filing`);
      const history = events.get(r.id)!;
      v.check(history[0].kind === "SENT" && history.every((e, i) => i === 0 || e.at >= history[i - 1].at), `referral ${r.id}: events in order`);
      const last = history[history.length - 1].kind;
      const expected = { SENT: ["SENT"], FILED: ["FILED", "FILED_UNDER_SUPERVISION"], DECLINED: ["DECLINED"], RECONSIDERATION_REQUESTED: ["RECONSIDERATION_REQUESTED"], RECONSIDERATION_DECLINED: ["RECONSIDERATION_DECLINED"] }[r.status as string];
      v.check(expected?.includes(last), `referral ${r.id}: last event ${last} for ${r.status}`);
    }
  });

  test("linkage exchanges: evidence handed over with referrals, clues about the enterprises behind stopped goods", () => {
    const items = groupBy(data.linkage.evidenceItems, "transfer");
    for (const t of recs(data.linkage.evidenceTransfers)) {
      const r = referrals.get(t.referralId);
      v.check(r && r.sourceId === t.caseId && r.sourceType === t.caseType && t.fromAgency === r.fromAgency && t.toAgency === "POLICE", `transfer ${t.id}: referral`);
      v.check(r && t.sentAt >= r.sentAt && t.receivedAt > t.sentAt, `transfer ${t.id}: times`);
      const list = items.get(t.id) ?? [];
      v.check(list.length >= 1 && list.every((i, n) => i.position === n && /^[0-9a-f]{64}$/.test(i.sha256)), `transfer ${t.id}: items`);
      v.check((t.status === "INTEGRITY_MISMATCH") === list.some((i) => i.intact === false), `transfer ${t.id}: integrity`);
    }
    for (const c of recs(data.linkage.clues)) {
      const [cases, agency] = sources[c.caseType];
      v.check(cases.has(c.caseId) && c.fromAgency === agency && c.toAgency !== c.fromAgency && isRegion(c.toRegion), `clue ${c.id}: case and parties`);
      v.check((c.status === "SENT") === (c.answeredAt === null) && (!c.answeredAt || c.answeredAt > c.sentAt), `clue ${c.id}: answer`);
    }
    expect(data.linkage.evidenceTransfers.length).toBeGreaterThan(data.linkage.referrals.length / 2);
  });

  test("procuratorate: decisions on existing cases, on or after their filing, about the case's own suspects", () => {
    const reviewPersons = groupBy(data.procuratorate.arrestReviewPersons, "arrestReview");
    const defendants = groupBy(data.procuratorate.prosecutionDefendants, "prosecution");
    const check = (kind: string, d: Rec, persons: Rec[] | undefined) => {
      const c = criminal.get(d.criminalCaseId);
      v.check(c && d.decidedOn >= c.filedOn && d.region === c.region && d.foreignInvested === c.foreignInvested, `${kind} ${d.id}: case`);
      const suspects = new Set((suspectsOf.get(d.criminalCaseId) ?? []).map((s) => s.id));
      v.check(persons && persons.length > 0 && persons.every((p) => suspects.has(p.personId)), `${kind} ${d.id}: persons`);
      v.check(persons && new Set(persons.map((p) => p.personId)).size === persons.length, `${kind} ${d.id}: a person twice`);
    };
    recs(data.procuratorate.arrestReviews).forEach((a) => check("arrest review", a, reviewPersons.get(a.id)));
    recs(data.procuratorate.prosecutions).forEach((p) => check("prosecution", p, defendants.get(p.id)));
    const reviewed = groupBy(data.procuratorate.arrestReviews, "criminalCaseId");
    for (const p of recs(data.procuratorate.prosecutions))
      v.check((reviewed.get(p.criminalCaseId) ?? []).every((a) => a.decidedOn <= p.decidedOn), `prosecution ${p.id}: before the arrest review`);
    for (const m of recs(data.procuratorate.misconductCases))
      v.check(criminal.get(m.relatedCriminalCaseId)?.filedOn <= m.filedOn, `misconduct ${m.id}: related case`);
  });

  test("filing supervision: of referrals declined or overdue, with the statutory deadlines and steps in order", () => {
    const events = groupBy(data.procuratorate.filingSupervisionEvents, "supervision");
    const order = ["EXPLANATION_REQUIRED", "EXPLANATION_RECEIVED", "FILING_ORDERED", "FILED", "CLOSED"];
    const referralEvents = groupBy(data.linkage.events, "referral");
    for (const s of recs(data.procuratorate.filingSupervisions)) {
      const r = referrals.get(s.referralId);
      // the referral as it stood when supervision opened: declined, or pending past its 3 days
      const before = (referralEvents.get(s.referralId) ?? []).filter((e) => e.at < s.explanationRequiredAt).at(-1);
      const declined = before && (before.kind === "DECLINED" || before.kind === "RECONSIDERATION_DECLINED");
      const overdue = before && (before.kind === "SENT" || before.kind === "RECONSIDERATION_REQUESTED") && endOfDayAfter(before.at, 3) < s.explanationRequiredAt;
      v.check(r && (declined || overdue) && r.region === s.region, `supervision ${s.id}: referral ${before?.kind}`);
      // the filing is the referral's: a supervision ends FILED exactly when the police recorded it on linkage
      const filedOnLinkage = r?.status === "FILED" && r.decidedAt > s.explanationRequiredAt;
      v.check(!!s.filedAt === !!filedOnLinkage && (!s.filedAt || r!.decidedAt.getTime() === s.filedAt.getTime()), `supervision ${s.id}: filed on linkage`);
      v.check(s.openedOn === day(s.explanationRequiredAt) && s.explanationDueAt.getTime() === endOfDayAfter(s.explanationRequiredAt, EXPLANATION_DAYS).getTime(), `supervision ${s.id}: explanation deadline`);
      v.check(!s.filingOrderedAt || s.filingDueAt.getTime() === endOfDayAfter(s.filingOrderedAt, FILING_DAYS).getTime(), `supervision ${s.id}: filing deadline`);
      v.check(s.status !== "FILED" || (criminal.get(r?.criminalCaseId)?.filedOn === day(s.filedAt)), `supervision ${s.id}: filed case`);
      const kinds = events.get(s.id)!.map((e) => e.kind);
      v.check(kinds.every((k, i) => i === 0 || order.indexOf(k) > order.indexOf(kinds[i - 1])) && events.get(s.id)!.every((e, i, all) => i === 0 || e.at >= all[i - 1].at), `supervision ${s.id}: steps`);
    }
  });

  test("courts: criminal cases try a PROSECUTED prosecution after its decision; sentences only for its defendants", () => {
    const judgments = byKey(data.courts.judgments, "courtCase");
    const sentences = groupBy(data.courts.sentences, "judgment");
    const defendants = groupBy(data.procuratorate.prosecutionDefendants, "prosecution");
    const enterprises = byKey(data.saic.enterprises, "creditCode");
    for (const c of recs(data.courts.courtCases)) {
      const j = judgments.get(c.id);
      v.check(!j || (j.decidedOn >= c.filedOn && j.region === c.region), `court case ${c.caseNumber}: judgment date`);
      const given = j ? sentences.get(j.id) ?? [] : [];
      if (c.kind === "CRIMINAL") {
        const p = prosecutions.get(c.prosecutionId);
        v.check(p && p.decision === "PROSECUTED" && c.filedOn >= p.decidedOn && c.region === p.region, `court case ${c.caseNumber}: prosecution`);
        v.check(!j || ["GUILTY", "NOT_GUILTY"].includes(j.verdict), `court case ${c.caseNumber}: verdict ${j?.verdict}`);
        v.check(!j || (j.verdict === "GUILTY") === given.length > 0, `court case ${c.caseNumber}: sentences`);
        const accused = new Set((defendants.get(c.prosecutionId) ?? []).map((d) => d.personId));
        for (const s of given) {
          v.check(accused.has(s.personId) && s.region === c.region, `sentence ${s.id}: not a defendant`);
          v.check(s.prisonMonths >= 0 && s.prisonMonths <= 300, `sentence ${s.id}: prison`);
          v.check(s.probationMonths === null || (s.prisonMonths >= 1 && s.prisonMonths <= 36 && s.probationMonths >= Math.max(s.prisonMonths, 2) && s.probationMonths <= 60), `sentence ${s.id}: probation`);
        }
        v.check(new Set(given.map((s) => s.personId)).size === given.length, `court case ${c.caseNumber}: a person sentenced twice`);
        v.check(!j || j.damages === null, `court case ${c.caseNumber}: damages in a criminal case`);
      } else {
        v.check(c.prosecutionId === null && c.plaintiffCreditCode && c.plaintiffCreditCode !== c.defendantCreditCode, `court case ${c.caseNumber}: parties`);
        v.check(given.length === 0 && (!j || j.fine === null), `court case ${c.caseNumber}: punishment in a ${c.kind} case`);
        if (c.kind === "CIVIL") {
          v.check(c.defendantCreditCode && enterprises.get(c.plaintiffCreditCode)?.foreignInvested, `court case ${c.caseNumber}: a foreign-invested plaintiff`);
          v.check(!j || (["SETTLED", "FOR_PLAINTIFF", "FOR_DEFENDANT"].includes(j.verdict) && (j.damages === null || j.verdict !== "FOR_DEFENDANT")), `court case ${c.caseNumber}: civil verdict`);
        } else v.check(!j || (["FOR_PLAINTIFF", "FOR_DEFENDANT"].includes(j.verdict) && j.damages === null), `court case ${c.caseNumber}: administrative verdict`);
      }
    }
    const numbers = recs(data.courts.courtCases).map((c) => c.caseNumber);
    v.check(new Set(numbers).size === numbers.length, "court case numbers repeat");
  });

  test("most prosecutions reach a court, most referrals a criminal case: the chain is traceable end to end", () => {
    const tried = new Set(recs(data.courts.courtCases).map((c) => c.prosecutionId));
    const judged = recs(data.courts.courtCases).filter((c) => c.kind === "CRIMINAL" && byKey(data.courts.judgments, "courtCase").get(c.id)?.verdict === "GUILTY");
    const traced = judged.filter((c) => {
      const p = prosecutions.get(c.prosecutionId)!;
      return recs(data.linkage.referrals).some((r) => r.criminalCaseId === p.criminalCaseId);
    });
    expect(tried.size).toBeGreaterThan(data.procuratorate.prosecutions.length * 0.6);
    expect(traced.length).toBeGreaterThan(20);
  });
});
