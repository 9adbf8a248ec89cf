import { CriminalThreshold, ThresholdMeasure as M, ThresholdOffence as O } from "./entities/criminal-threshold";
import { exceeds } from "./thresholds";
import { thresholdFacts } from "./resolvers/contributions";

const rule = (offence: O, measure: M, minimum: string, effectiveFrom: string, effectiveTo: string | null = null) =>
  Object.assign(new CriminalThreshold(), { id: `${offence}-${measure}-${effectiveFrom}`, offence, measure, minimum, effectiveFrom, effectiveTo, legalBasis: "t" });
const RULES = [
  rule(O.TRADEMARK_COUNTERFEITING, M.BUSINESS_VOLUME, "50000", "2004-12-22"),
  rule(O.TRADEMARK_COUNTERFEITING, M.ILLEGAL_GAINS, "30000", "2004-12-22"),
  rule(O.COPYRIGHT_INFRINGEMENT, M.COPIES, "500", "2007-04-05"),
  rule(O.COPYRIGHT_INFRINGEMENT, M.ILLEGAL_GAINS, "30000", "2004-12-22"),
  rule(O.TRADE_SECRET_INFRINGEMENT, M.RIGHT_HOLDER_LOSS, "500000", "2004-12-22", "2020-09-13"),
  rule(O.TRADE_SECRET_INFRINGEMENT, M.RIGHT_HOLDER_LOSS, "300000", "2020-09-14"),
];

describe("criminal thresholds", () => {
  test("any one measure reaching its minimum is enough, compared exactly", () => {
    expect(exceeds(RULES, O.TRADEMARK_COUNTERFEITING, { date: "2017-10-01", BUSINESS_VOLUME: "49999.99", ILLEGAL_GAINS: "0" })).toBe(false);
    expect(exceeds(RULES, O.TRADEMARK_COUNTERFEITING, { date: "2017-10-01", BUSINESS_VOLUME: "50000.00" })).toBe(true);
    expect(exceeds(RULES, O.TRADEMARK_COUNTERFEITING, { date: "2017-10-01", BUSINESS_VOLUME: "100", ILLEGAL_GAINS: "30000" })).toBe(true);
    expect(exceeds(RULES, O.COPYRIGHT_INFRINGEMENT, { date: "2017-10-01", COPIES: 500 })).toBe(true);
    expect(exceeds(RULES, O.COPYRIGHT_INFRINGEMENT, { date: "2017-10-01", COPIES: 499, ILLEGAL_GAINS: null })).toBe(false);
  });

  test("a case is judged by the rule in force on its own date: trade secrets 500,000 until 2020-09-13, then 300,000", () => {
    const loss = { RIGHT_HOLDER_LOSS: "400000" };
    expect(exceeds(RULES, O.TRADE_SECRET_INFRINGEMENT, { date: "2020-09-13", ...loss })).toBe(false);
    expect(exceeds(RULES, O.TRADE_SECRET_INFRINGEMENT, { date: "2020-09-14", ...loss })).toBe(true);
    expect(exceeds(RULES, O.COPYRIGHT_INFRINGEMENT, { date: "2006-01-01", COPIES: 600 })).toBe(false); // the 500-copy rule came in 2007
  });

  test("no rule in force gives no answer rather than a false one", () => {
    expect(exceeds(RULES, O.PATENT_PASSING_OFF, { date: "2017-10-01", BUSINESS_VOLUME: "999999" })).toBeNull();
    expect(exceeds(RULES, O.TRADEMARK_COUNTERFEITING, { date: "2003-01-01", BUSINESS_VOLUME: "999999" })).toBeNull();
  });

  test("each admin case type maps to its offence and facts", () => {
    expect(thresholdFacts("SAIC_CASE" as never, { id: "x", category: "TRADE_SECRET", openedOn: "2021-01-01", amountInvolved: "1", rightHolderLoss: "300000" })).toEqual([
      O.TRADE_SECRET_INFRINGEMENT, { date: "2021-01-01", RIGHT_HOLDER_LOSS: "300000" },
    ]);
    expect(thresholdFacts("PATENT_CASE" as never, { id: "x", category: "INFRINGEMENT", openedOn: "2017-01-01", amountInvolved: "1" })).toBeNull();
    expect(thresholdFacts("CUSTOMS_SEIZURE" as never, { id: "x", seizedOn: "2017-11-01", amountInvolved: "60000.00" })?.[1]).toEqual({ date: "2017-11-01", BUSINESS_VOLUME: "60000.00" });
  });
});
