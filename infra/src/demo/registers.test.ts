import { CampaignCode, isCreditCode, isRegion, requireNonNegativeAmount, requirePositiveAmount } from "@ipr/shared";
import { parsePatentNumber } from "@ipr/ipo";
import { termEnd as trademarkTermEnd } from "@ipr/saic/dist/resolvers/trademark";
import { recordationValidUntil } from "@ipr/customs/dist/dates";
import { isCountryCode } from "@ipr/postal/dist/endpoints";
import { adminCases } from "./generate";
import { byKey, demo, recs, Violations } from "./demo.testing";

/**
 * The facts each admin subgraph's own mutations would refuse, checked on every generated row:
 * registers first (enterprises, marks, patents, works, varieties, recordations), then the cases.
 */
describe.each([[1, 2017], [3, 99]])("registers and administrative cases satisfy their subgraphs' rules (scale %d, seed %d)", (scale, seed) => {
  const data = demo(scale, seed);
  const enterprises = byKey(data.saic.enterprises, "creditCode");
  const registered = (code: string | null | undefined) => code == null || enterprises.has(code);
  const v = new Violations();
  afterEach(() => expect(v.flush()).toEqual([]));

  test("SAIC's register: valid, unique credit codes; foreign-invested ones name their investor's country", () => {
    expect(enterprises.size).toBe(data.saic.enterprises.length);
    for (const e of recs(data.saic.enterprises)) {
      v.check(isCreditCode(e.creditCode), `credit code ${e.creditCode}`);
      v.check(e.creditCode.slice(2, 8) === e.region && isRegion(e.region), `region of ${e.creditCode}`);
      v.check(e.foreignInvested ? /^[A-Z]{2}$/.test(e.investorCountry) : e.investorCountry === null, `investor of ${e.creditCode}`);
      v.check(e.name.length <= 200, `name of ${e.creditCode}`);
    }
  });

  test("every credit code used anywhere is on SAIC's register", () => {
    const used: Array<[string, string | null]> = [
      ...adminCases(data).flatMap((c) => recs([c]).flatMap((r) => [["case right holder", r.rightHolderCreditCode], ["case infringer", r.infringerCreditCode]] as Array<[string, string | null]>)),
      ...recs(data.saic.trademarks).map((t) => ["mark holder", t.holderCreditCode] as [string, string]),
      ...recs(data.ipo.patents).map((p) => ["patentee", p.holderCreditCode] as [string, string]),
      ...recs(data.press.works).map((w) => ["copyright owner", w.ownerCreditCode] as [string, string]),
      ...recs(data.agriculture.varieties).map((p) => ["variety holder", p.holderCreditCode] as [string, string]),
      ...recs(data.customs.recordations).map((r) => ["recordation holder", r.holderCreditCode] as [string, string]),
      ...recs(data.postal.interceptions).map((p) => ["courier", p.courierCreditCode] as [string, string]),
      ...recs(data.postal.complianceChecks).map((p) => ["courier", p.courierCreditCode] as [string, string]),
      ...recs(data.police.criminalCases).map((c) => ["criminal right holder", c.rightHolderCreditCode] as [string, string]),
      ...recs(data.courts.courtCases).flatMap((c) => [["plaintiff", c.plaintiffCreditCode], ["defendant", c.defendantCreditCode]] as Array<[string, string | null]>),
    ];
    for (const [role, code] of used) v.check(registered(code) && (code === null || isCreditCode(code)), `${role} ${code}`);
  });

  test("SAIC: marks in force, held by registered enterprises; cases' facts fit their category and the register", () => {
    const marks = byKey(data.saic.trademarks, "registrationNumber");
    expect(marks.size).toBe(data.saic.trademarks.length);
    for (const t of recs(data.saic.trademarks)) {
      v.check(/^\d{5,9}$/.test(t.registrationNumber) && t.niceClass >= 1 && t.niceClass <= 45, `mark ${t.registrationNumber}`);
      v.check(t.foreignRelated === enterprises.get(t.holderCreditCode)?.foreignInvested, `foreignRelated of ${t.registrationNumber}`);
      v.check(t.validUntil === trademarkTermEnd(t.registeredOn, 10) && t.validUntil >= "2018-12-31", `term of ${t.registrationNumber}`);
    }
    for (const c of recs(data.saic.cases)) {
      const holder = enterprises.get(c.rightHolderCreditCode);
      v.check(holder && holder.foreignInvested === c.foreignInvested, `${c.caseNumber}: right holder on the register, foreignInvested as registered`);
      v.check(c.infringerCreditCode !== c.rightHolderCreditCode, `${c.caseNumber}: infringer is the right holder`);
      requirePositiveAmount(c.amountInvolved, c.caseNumber);
      if (c.category === "TRADEMARK") v.check(c.trademarkViolation && !c.rightHolderLoss, `${c.caseNumber}: trademark facts`);
      else v.check(!c.trademarkViolation && !c.trademarkRegistrationNumber && c.rightHolderLoss, `${c.caseNumber}: trade-secret facts`);
      if (c.trademarkRegistrationNumber) v.check(marks.get(c.trademarkRegistrationNumber)?.holderCreditCode === c.rightHolderCreditCode, `${c.caseNumber}: the right holder's mark`);
    }
  });

  test("IPO: patent numbers valid per the check-character rule; infringements name a granted patent of the right holder", () => {
    const patents = byKey(data.ipo.patents, "patentNumber");
    expect(patents.size).toBe(data.ipo.patents.length);
    for (const p of recs(data.ipo.patents)) {
      const parsed = parsePatentNumber(p.patentNumber, "2018-12-31");
      v.check(typeof parsed !== "string" && parsed.patentNumber === p.patentNumber && parsed.kind === p.kind, `patent ${p.patentNumber}: ${JSON.stringify(parsed)}`);
      v.check(typeof parsed !== "string" && p.grantedOn >= `${parsed.year}-01-01`, `grant of ${p.patentNumber}`);
      v.check(enterprises.get(p.holderCreditCode)?.foreignInvested === p.foreignInvested, `patentee of ${p.patentNumber}`);
    }
    const campaigns = [null, CampaignCode.FOREIGN_INVESTED_IP_2017, CampaignCode.THUNDER];
    for (const c of recs(data.ipo.cases)) {
      v.check(typeof parsePatentNumber(c.patentNumber, "2018-12-31") !== "string", `${c.caseNumber}: cited number ${c.patentNumber}`);
      v.check(campaigns.includes(c.campaign), `${c.caseNumber}: campaign ${c.campaign}`);
      if (c.category !== "INFRINGEMENT") continue;
      const p = patents.get(c.patentNumber);
      v.check(p && c.openedOn >= p.grantedOn && p.holderCreditCode === c.rightHolderCreditCode && p.foreignInvested === c.foreignInvested, `${c.caseNumber}: the patent`);
      v.check(c.infringerCreditCode !== p?.holderCreditCode, `${c.caseNumber}: the patentee infringes`);
    }
    expect(recs(data.ipo.cases).some((c) => c.category === "PASSING_OFF" && !patents.has(c.patentNumber))).toBe(true);
  });

  test("PRESS: online cases name their platform; registered works match in type; Sword Net only online", () => {
    const works = byKey(data.press.works, "registrationNumber");
    expect(works.size).toBe(data.press.works.length);
    for (const w of recs(data.press.works)) v.check(w.registrationNumber.length >= 4 && w.registrationNumber.length <= 60, `work ${w.registrationNumber}`);
    const campaigns = [null, CampaignCode.FOREIGN_INVESTED_IP_2017, CampaignCode.SWORD_NET_2017];
    for (const c of recs(data.press.cases)) {
      v.check(c.online === (c.platformType !== null), `${c.caseNumber}: platformType`);
      v.check(campaigns.includes(c.campaign) && (c.campaign !== CampaignCode.SWORD_NET_2017 || c.online), `${c.caseNumber}: campaign`);
      v.check(c.copies === null || (Number.isInteger(c.copies) && c.copies >= 0), `${c.caseNumber}: copies`);
      if (c.illegalGains) requireNonNegativeAmount(c.illegalGains, c.caseNumber);
      if (c.registrationNumber) {
        const w = works.get(c.registrationNumber);
        v.check(w && w.workType === c.workType && (w.ownerCreditCode !== c.rightHolderCreditCode || w.foreignInvested === c.foreignInvested), `${c.caseNumber}: the work`);
      }
    }
    for (const s of recs(data.press.softwareChecks))
      v.check(s.computersChecked > 0 && s.unlicensedCopiesFound >= 0 && (s.rectifiedOn === null || (s.unlicensedCopiesFound > 0 && s.rectifiedOn >= s.checkedOn)), `check ${s.id}`);
  });

  test("AGRICULTURE: infringements name a registered variety of the case's own sector; counterfeit seeds state a quantity", () => {
    const varieties = byKey(data.agriculture.varieties, "rightNumber");
    expect(varieties.size).toBe(data.agriculture.varieties.length);
    for (const p of recs(data.agriculture.varieties)) v.check(/^[A-Z0-9.]{4,30}$/.test(p.rightNumber), `variety ${p.rightNumber}`);
    for (const c of recs(data.agriculture.cases)) {
      v.check(c.category !== "VARIETY_RIGHT_INFRINGEMENT" || c.rightNumber, `${c.caseNumber}: names the variety`);
      v.check(!c.rightNumber || varieties.get(c.rightNumber)?.sector === c.sector, `${c.caseNumber}: variety of its sector`);
      v.check(c.category !== "COUNTERFEIT_SEEDS" || c.seedQuantityKg || c.seedlingCount, `${c.caseNumber}: quantity`);
      if (c.seedQuantityKg) requirePositiveAmount(c.seedQuantityKg, c.caseNumber);
      v.check(c.seedlingCount === null || c.seedlingCount > 0, `${c.caseNumber}: seedlings`);
    }
  });

  test("CUSTOMS: ex officio detentions rely on a recordation of the right holder valid on the day; recordations name registered rights", () => {
    const rights = new Map<string, Set<string>>([
      ["TRADEMARK", new Set(recs(data.saic.trademarks).map((t) => t.registrationNumber))],
      ["PATENT", new Set(recs(data.ipo.patents).map((p) => p.patentNumber))],
      ["COPYRIGHT", new Set(recs(data.press.works).map((w) => w.registrationNumber))],
    ]);
    const recordations = byKey(data.customs.recordations);
    const perRight = new Set<string>();
    for (const r of recs(data.customs.recordations)) {
      v.check(/^[TPC]\d{4}-\d{1,6}$/.test(r.recordationNumber) && r.recordationNumber[0] === r.rightType[0], `recordation ${r.recordationNumber}`);
      v.check(r.validUntil === recordationValidUntil(r.recordedOn), `term of ${r.recordationNumber}`);
      v.check(rights.get(r.rightType)!.has(r.rightNumber), `${r.recordationNumber}: ${r.rightType} ${r.rightNumber} is registered`);
      v.check(!perRight.has(`${r.rightType}|${r.rightNumber}`), `${r.recordationNumber}: one recordation per right`);
      perRight.add(`${r.rightType}|${r.rightNumber}`);
    }
    expect(new Set(recs(data.customs.recordations).map((r) => r.recordationNumber)).size).toBe(recordations.size);
    const operations = byKey(data.customs.jointOperations);
    for (const s of recs(data.customs.seizures)) {
      const r = s.recordation ? recordations.get(s.recordation) : null;
      v.check(s.basis !== "EX_OFFICIO" || r, `${s.caseNumber}: ex officio without recordation`);
      v.check(!r || r.holderCreditCode === s.rightHolderCreditCode, `${s.caseNumber}: recordation of another holder`);
      v.check(s.basis !== "EX_OFFICIO" || (r!.recordedOn <= s.seizedOn && s.seizedOn <= r!.validUntil), `${s.caseNumber}: recordation not valid on ${s.seizedOn}`);
      const op = s.jointOperation ? operations.get(s.jointOperation) : null;
      v.check(!s.jointOperation || (op && op.startedOn <= s.seizedOn && s.seizedOn <= op.endedOn), `${s.caseNumber}: joint operation`);
      v.check(Number.isInteger(s.quantity) && s.quantity > 0 && s.port && s.goods, `${s.caseNumber}: goods`);
      requireNonNegativeAmount(s.declaredValue, s.caseNumber);
    }
  });

  test("POSTAL: waybills, couriers and the ends of a parcel's journey are well formed; cross-border parcels cross the border", () => {
    const end = (code: string) => (isRegion(code) ? "home" : code !== "CN" && isCountryCode(code) ? "abroad" : "bad");
    for (const p of recs(data.postal.interceptions)) {
      v.check(/^[A-Z0-9-]{8,40}$/.test(p.trackingNumber), `${p.caseNumber}: waybill ${p.trackingNumber}`);
      const [from, to] = [end(p.origin), end(p.destination)];
      v.check(from !== "bad" && to !== "bad", `${p.caseNumber}: ${p.origin} → ${p.destination}`);
      v.check(!p.crossBorderECommerce || from === "abroad" || to === "abroad", `${p.caseNumber}: cross-border`);
      v.check(Number.isInteger(p.itemCount) && p.itemCount > 0, `${p.caseNumber}: items`);
    }
    for (const c of recs(data.postal.complianceChecks)) v.check(!c.penaltyAmount || c.violations, `check ${c.id}: penalty without violations`);
  });

  test("case numbers are unique per agency and fit their columns", () => {
    for (const cases of [data.saic.cases, data.ipo.cases, data.press.cases, data.agriculture.cases, data.customs.seizures, data.postal.interceptions]) {
      const numbers = recs(cases).map((c) => c.caseNumber as string);
      expect(new Set(numbers).size).toBe(numbers.length);
      v.check(numbers.every((n) => n.length <= 100), "case number too long");
    }
  });
});
