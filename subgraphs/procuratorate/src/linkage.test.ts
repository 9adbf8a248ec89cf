import { checkSupervisedFiling, filedCase } from "./linkage";

const CASE = "7B3E5A52-1D9B-4F1A-9C47-2A6A8E3F0B11";
const referral = (status: string, criminalCase: { id: string } | null = null) => ({ id: "r", status, criminalCase });

describe("a supervised filing is the referral's filing (linkage's fact)", () => {
  test("the case is the one the police named when deciding the referral FILED", () => {
    expect(filedCase(referral("FILED", { id: CASE }))).toBe(CASE.toLowerCase());
    expect(filedCase(referral("DECLINED"))).toBeNull();
    expect(filedCase(null)).toBeNull();
    expect(checkSupervisedFiling(referral("FILED", { id: CASE }), null)).toBe(CASE.toLowerCase());
    expect(checkSupervisedFiling(referral("FILED", { id: CASE }), CASE.toLowerCase())).toBe(CASE.toLowerCase());
  });

  test("refused until the police record the filing on linkage, or when another case is named", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as { extensions: unknown }).extensions;
      }
      throw new Error("not refused");
    };
    expect(code(() => checkSupervisedFiling(referral("DECLINED"), CASE))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supervisionId" });
    expect(code(() => checkSupervisedFiling(null, null))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supervisionId" });
    expect(code(() => checkSupervisedFiling(referral("FILED", { id: CASE }), "00000000-0000-4000-8000-000000000000"))).toMatchObject({
      code: "BAD_USER_INPUT", field: "input.criminalCaseId",
    });
  });
});
