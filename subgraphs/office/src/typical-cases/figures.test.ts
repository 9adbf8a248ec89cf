import { CASE_RECORDS } from "@ipr/shared";
import { figuresOf, figuresSelection, selectionOf } from "./figures";
import { RECORDS } from "./records";

describe("a typical case's figures are read from its record's own fields", () => {
  test("dotted paths become nested selections", () => {
    expect(selectionOf(["id", "judgment.verdict", "judgment.decidedOn", "region"])).toBe("id judgment { verdict decidedOn } region");
  });

  test("every kind of record of the registry can be asked for, each with its number where it has one", () => {
    expect(CASE_RECORDS.map((r) => r.caseType)).toEqual(expect.arrayContaining(["SAIC_CASE", "CUSTOMS_SEIZURE", "CRIMINAL_CASE", "PROSECUTION", "COURT_CASE"]));
    expect(figuresSelection(RECORDS.SAIC_CASE)).toBe("id caseNumber region openedOn amountInvolved foreignInvested campaign outcome");
    expect(figuresSelection(RECORDS.CRIMINAL_CASE)).toBe("id filingNumber region filedOn amountInvolved foreignInvested campaign");
    expect(figuresSelection(RECORDS.PROSECUTION)).toBe("id region decidedOn foreignInvested campaign decision");
    expect(figuresSelection(RECORDS.COURT_CASE)).toBe("id caseNumber region filedOn foreignInvested campaign judgment { verdict }");
  });

  test("the owner's answer is read into the same figures whatever the kind", () => {
    expect(figuresOf(RECORDS.COURT_CASE, { id: "c", caseNumber: "（2017）粤03刑初1号", region: "440300", filedOn: "2017-11-01", foreignInvested: true, campaign: null, judgment: { verdict: "GUILTY" } }))
      .toEqual({ agency: "COURTS", caseNumber: "（2017）粤03刑初1号", region: "440300", date: "2017-11-01", amountInvolved: null, foreignInvested: true, campaign: null, outcome: "GUILTY" });
    expect(figuresOf(RECORDS.COURT_CASE, { id: "c", caseNumber: "n", region: "440300", filedOn: "2017-11-01", foreignInvested: false, campaign: null, judgment: null }).outcome).toBeNull();
    expect(figuresOf(RECORDS.PROSECUTION, { id: "p", region: "440300", decidedOn: "2017-11-02", foreignInvested: true, campaign: "CLUSTER_CAMPAIGN", decision: "PROSECUTED" }))
      .toMatchObject({ agency: "PROCURATORATE", caseNumber: null, amountInvolved: null, campaign: "CLUSTER_CAMPAIGN", outcome: "PROSECUTED" });
  });
});
