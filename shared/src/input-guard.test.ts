import { GraphQLError, Kind, parse, type OperationDefinitionNode, type FieldNode, type ObjectValueNode } from "graphql";
import { checkText, refusedInputField, SINGLE_LINE } from "..";

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return (e as GraphQLError).extensions;
  }
  return undefined;
};

describe("checkText: every string any subgraph takes", () => {
  test.each([
    ["a NUL byte", "a\u0000b"], ["a bell", "\u0007"], ["an escape sequence", "\u001b[31m"], ["DEL", "\u007f"], ["a C1 control", "\u0085"],
    ["a lone high surrogate", "\ud800"], ["a lone low surrogate", "x\udc00"], ["surrogates in the wrong order", "\udc00\ud800"],
    ["a line break in one-line text", "a\nb"], ["a tab in one-line text", "a\tb"], ["201 characters", "侵".repeat(201)],
  ])("refuses %s as BAD_USER_INPUT naming the field", (_what, value) => {
    expect(refusal(() => checkText(value, "input.caseNumber"))).toEqual({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
  });

  test.each([["Chinese", "深工商处字〔2017〕1号"], ["an emoji pair", "😀".repeat(200)], ["200 characters", "侵".repeat(200)], ["empty", ""]])("accepts %s", (_what, value) => {
    expect(refusal(() => checkText(value, "input.x"))).toBeUndefined();
  });

  test("free text keeps tabs and line breaks, but not other controls, and has its own limit", () => {
    const free = { max: 4000, multiline: true };
    expect(refusal(() => checkText("第一行\r\n\t第二行", "input.reason", free))).toBeUndefined();
    expect(refusal(() => checkText("a\u0000", "input.reason", free))).toMatchObject({ field: "input.reason" });
    expect(refusal(() => checkText("x".repeat(4001), "input.reason", free))).toMatchObject({ field: "input.reason" });
    expect(refusal(() => checkText("x".repeat(4001), "input.reason", SINGLE_LINE))).toMatchObject({ field: "input.reason" });
  });
});

describe("refusedInputField: GraphQL's own refusals named like the kit's", () => {
  const doc = parse(`mutation($input: CreateSaicCaseInput!, $amount: Decimal!) {
    a: createSaicCase(input: $input) { id }
    b: createSaicCase(input: { amountInvolved: $amount, suspects: [{ caughtOn: "2018-02-30" }] }) { id } }`);
  const error = (message: string, node?: unknown) => new GraphQLError(message, { nodes: node as never });

  test("a variable that fails coercion: the argument path where it is used, plus the path inside it", () => {
    expect(refusedInputField(error(`Variable "$input" got invalid value "NaN" at "input.amountInvolved"; Expected type "Decimal".`), doc)).toBe("input.amountInvolved");
    expect(refusedInputField(error(`Variable "$input" got invalid value "x" at "input.suspects[0].caughtOn"; Expected type "Date".`), doc)).toBe("input.suspects[0].caughtOn");
    expect(refusedInputField(error(`Variable "$amount" got invalid value 1e+30; Expected type "Decimal".`), doc)).toBe("input.amountInvolved");
    expect(refusedInputField(error(`Variable "$amount" of required type "Decimal!" was not provided.`), doc)).toBe("input.amountInvolved");
  });

  test("an inline literal: the path of the value node", () => {
    const b = (doc.definitions[0] as OperationDefinitionNode).selectionSet.selections[1] as FieldNode;
    const input = b.arguments![0].value as ObjectValueNode;
    const suspects = input.fields[1].value;
    const caughtOn = suspects.kind === Kind.LIST ? (suspects.values[0] as ObjectValueNode).fields[0].value : undefined;
    expect(refusedInputField(error(`Expected value of type "Date!", found "2018-02-30"; Date must be…`, [caughtOn]), doc)).toBe("input.suspects[0].caughtOn");
  });

  test("other errors are not about a value", () => {
    expect(refusedInputField(error(`Cannot query field "x" on type "Query".`), doc)).toBeUndefined();
  });
});
