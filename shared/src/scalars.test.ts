import { DateScalar, DecimalScalar, DateTimeScalar, fromFen, normalizeDecimal, toFen } from "./scalars";
import { Kind } from "graphql";

describe("Decimal", () => {
  test.each([
    ["0", "0.00"], ["12", "12.00"], ["12.5", "12.50"], ["12.05", "12.05"], ["0012.30", "12.30"],
    ["9999999999999999.99", "9999999999999999.99"], ["-3.1", "-3.10"], ["-0", "0.00"],
  ])("%s normalises to %s exactly", (input, out) => {
    expect(DecimalScalar.parseValue(input)).toBe(out);
    expect(DecimalScalar.serialize(input)).toBe(out);
  });

  test.each([[12.5], [12], ["12.345"], ["1e5"], [""], ["12."], [".5"], ["１２"], [null], ["12345678901234567"]])("refuses %p", (input) => {
    expect(() => DecimalScalar.parseValue(input)).toThrow(/Decimal/);
  });

  test("a float literal in a query is refused, a string literal accepted", () => {
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.FLOAT, value: "12.5" })).toThrow(/string/);
    expect(DecimalScalar.parseLiteral({ kind: Kind.STRING, value: "12.5" })).toBe("12.50");
  });

  test("fen arithmetic never goes through a float", () => {
    expect(toFen("0.10") + toFen("0.20")).toBe(30n);
    expect(fromFen(toFen("9999999999999999.99") + 1n)).toBe("10000000000000000.00");
    expect(fromFen(-5n)).toBe("-0.05");
    expect(normalizeDecimal("7")).toBe("7.00");
  });
});

describe("Date and DateTime", () => {
  test.each(["2017-09-08", "2016-02-29", "2017-12-31"])("accepts %s", (d) => expect(DateScalar.parseValue(d)).toBe(d));
  test.each(["2017-02-29", "2018-02-30", "2017-13-01", "2017-9-8", "20170908", "2017-09-08T00:00:00Z", 20170908, "0000-01-01", "1948-12-31", "2101-01-01", "9999-12-31"])("refuses %p", (d) => {
    expect(() => DateScalar.parseValue(d)).toThrow(/Date/);
  });
  test("DateTime round-trips ISO 8601 and refuses other shapes", () => {
    const d = DateTimeScalar.parseValue("2017-09-08T10:00:00+08:00");
    expect(DateTimeScalar.serialize(d)).toBe("2017-09-08T02:00:00.000Z");
    expect(() => DateTimeScalar.parseValue("yesterday")).toThrow(/DateTime/);
  });
  test.each(["2018-02-30T00:00:00Z", "2018-01-01T24:00:00Z", "2018-01-01T10:00:00", "0000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "2018-01-01T10:00:00.1234Z", "2018-01-01"])(
    "DateTime refuses %p (JavaScript would roll some of these over)", (d) => expect(() => DateTimeScalar.parseValue(d)).toThrow(/DateTime/),
  );
  test.each(["2018-01-01T10:00Z", "2018-01-01T10:00:00.123+08:00", "2100-12-31T23:59:59-0500"])("DateTime accepts %p", (d) => {
    expect(DateTimeScalar.parseValue(d)).toBeInstanceOf(Date);
  });
});
