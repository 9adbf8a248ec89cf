import { Refusal, describeError } from "./errors";

test("every failure is described in words, never as a bare undefined", () => {
  expect(describeError(new Refusal("port 4003 (saic) is taken"))).toBe("port 4003 (saic) is taken");
  expect(describeError(new Error("boom"))).toMatch(/^Error: boom\n\s+at /);
  const refused = new AggregateError([new Error("connect ECONNREFUSED ::1:54329"), new Error("connect ECONNREFUSED 127.0.0.1:54329")], "");
  expect(describeError(refused)).toBe("several errors: connect ECONNREFUSED ::1:54329; connect ECONNREFUSED 127.0.0.1:54329");
  expect(describeError(undefined)).toBe("an error without any description (undefined)");
  expect(describeError({ code: "57P01" })).toBe('{"code":"57P01"}');
  expect(describeError("plain")).toBe("plain");
});
