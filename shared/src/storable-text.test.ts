import { escapeDeep, escapeText, hasUnstorableText, isStorableText, unescapeText } from "./storable-text";

describe("text PostgreSQL stores unaltered", () => {
  test.each([
    ["NUL", "a\u0000b", false],
    ["a lone high surrogate", "a\ud800b", false],
    ["a lone low surrogate", "\udc00", false],
    ["a high surrogate at the end", "x\udbff", false],
    ["a surrogate pair (an emoji)", "😀", true],
    ["other control characters", "\u0001\t\n\u007f", true],
    ["Chinese text", "侵权假冒", true],
  ])("%s", (_what, text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });

  test("escaping writes unstorable units as \\uXXXX, doubles backslashes, and is undone exactly", () => {
    const hostile = "a\u0000b\ud800c\\u0000d😀\udfff";
    const escaped = escapeText(hostile);
    expect(escaped).toBe("a\\u0000b\\ud800c\\\\u0000d😀\\udfff");
    expect(isStorableText(escaped)).toBe(true);
    expect(unescapeText(escaped)).toBe(hostile);
  });

  test("deep values: keys and strings escaped, numbers and nulls kept", () => {
    const value = { "k\u0000": ["\ud800", 1, null, { ok: "fine" }] };
    expect(hasUnstorableText(value)).toBe(true);
    expect(hasUnstorableText({ ok: ["fine", 1] })).toBe(false);
    const escaped = escapeDeep(value);
    expect(escaped).toEqual({ "k\\u0000": ["\\ud800", 1, null, { ok: "fine" }] });
    expect(hasUnstorableText(escaped)).toBe(false);
  });
});
