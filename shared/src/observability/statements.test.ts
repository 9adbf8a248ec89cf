import { sqlShape } from "./statements";

describe("sqlShape: the SQL of a trace span, without its values", () => {
  test("strings, escaped quotes and numbers become ?; identifiers stay", () => {
    expect(sqlShape(`select "s0".* from "saic"."saic_case" as "s0" where "s0"."id" in ('3e94-a1', 'x''y') and "t1"."amount" > 86000.00 limit 5`)).toBe(
      `select "s0".* from "saic"."saic_case" as "s0" where "s0"."id" in (?, ?) and "t1"."amount" > ? limit ?`,
    );
    expect(sqlShape(`insert into "police"."person" ("name", "id_number") values ('张伟', E'44030019800501123X')`)).toBe(`insert into "police"."person" ("name", "id_number") values (?, ?)`);
    expect(sqlShape(`select $1::int, col2 from t3`)).toBe(`select $1::int, col2 from t3`);
  });
});
