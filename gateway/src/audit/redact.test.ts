import { makeCreditCode, makeIdNumber } from "@ipr/shared";
import { MAX_VARIABLES_BYTES, REDACTED, redactVariables } from "./redact";

const id = makeIdNumber("440305", "1980-05-01", 7);

describe("redactVariables", () => {
  test("names, ID numbers, official names and birth dates at any depth", () => {
    const input = {
      input: {
        filingNumber: "公经立-440300-1",
        region: "440300",
        suspects: [
          { name: "张伟", idNumber: id, nationality: "CN", caughtOn: "2017-10-15" },
          { name: "李娜", idNumber: "not-even-valid", birthDate: "1985-07-21" },
        ],
        officer: { officialName: "王科长", rank: 3 },
      },
    };
    expect(redactVariables(input)).toEqual({
      input: {
        filingNumber: "公经立-440300-1",
        region: "440300",
        suspects: [
          { name: REDACTED, idNumber: REDACTED, nationality: "CN", caughtOn: "2017-10-15" },
          { name: REDACTED, idNumber: REDACTED, birthDate: REDACTED },
        ],
        officer: { officialName: REDACTED, rank: 3 },
      },
    });
    expect(input.input.suspects[0].name).toBe("张伟"); // the request itself is untouched
  });

  test("keys match without case, underscores or dashes; whole objects under them go too; nulls stay null", () => {
    expect(redactVariables({ NAME: "x", id_number: "y", "birth-date": "z", name2: "kept", officialName: { first: "a" }, birthDate: null })).toEqual({
      NAME: REDACTED, id_number: REDACTED, "birth-date": REDACTED, name2: "kept", officialName: REDACTED, birthDate: null,
    });
  });

  test("a resident ID number anywhere in any string, under any key", () => {
    const lower = id.slice(0, 17) + "x";
    expect(redactVariables({ q: id, reason: `嫌疑人身份证号${id}，已到案`, list: [id, "x"], lower })).toEqual({
      q: REDACTED, reason: `嫌疑人身份证号${REDACTED}，已到案`, list: [REDACTED, "x"], lower: REDACTED,
    });
  });

  test("credit codes, case ids, dates, amounts and UUIDs are kept", () => {
    const kept = {
      creditCode: makeCreditCode("440300", 10_001),
      numericCreditCode: "914403001922038216",
      id: "0f8fad5b-d9cb-469f-a165-70867728950e",
      longNumber: "1234567890123456789012",
      amountInvolved: "86000.00",
      openedOn: "2017-10-09",
      region: "440300",
    };
    expect(redactVariables(kept)).toEqual(kept);
  });

  test("no variables, or not an object: null", () => {
    expect(redactVariables(undefined)).toBeNull();
    expect(redactVariables(null)).toBeNull();
    expect(redactVariables([1, 2])).toBeNull();
    expect(redactVariables("x")).toBeNull();
  });

  test("very deep or very large variables are not copied", () => {
    let deep: Record<string, unknown> = { v: 1 };
    for (let i = 0; i < 1000; i++) deep = { d: deep };
    expect(JSON.stringify(redactVariables(deep))).toContain("[too deep]");
    const big = redactVariables({ blob: "x".repeat(MAX_VARIABLES_BYTES + 1) });
    expect(Object.keys(big!)).toEqual(["[truncated]"]);
  });
});
