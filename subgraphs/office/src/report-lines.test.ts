import { GraphQLObjectType, getNamedType } from "graphql";
import { subgraphSchema } from "@ipr/shared";
import { office } from "./index";
import { REPORT_LINES, compareFigures, selectionOf, type Figures } from "./report-lines";

const zero = (): Figures =>
  Object.fromEntries(
    REPORT_LINES.flatMap(({ lines }) =>
      Object.entries(lines).map(([line, measures]) => [line, Object.fromEntries(measures.map((m) => [m, /amount|value/i.test(m) ? "0.00" : 0]))]),
    ),
  );

describe("the agencies' lines of the table", () => {
  test("nine agency subgraphs, each asked once for all its lines", () => {
    expect(REPORT_LINES.map((r) => r.subgraph)).toEqual(["saic", "ipo", "press", "agriculture", "police", "procuratorate", "customs", "postal", "courts"]);
    expect(selectionOf(REPORT_LINES[0].lines)).toBe("tradeSecretCases { cases amountInvolved } trademarkCases { cases amountInvolved }");
  });

  test("SubmittedFigures exposes exactly the lines and measures the office freezes", async () => {
    const schema = await subgraphSchema(office);
    const figures = schema.getType("SubmittedFigures") as GraphQLObjectType;
    const exposed = Object.fromEntries(
      Object.values(figures.getFields()).map((f) => [f.name, Object.keys((getNamedType(f.type) as GraphQLObjectType).getFields())]),
    );
    const frozen = Object.fromEntries(REPORT_LINES.flatMap(({ lines }) => Object.entries(lines).map(([line, measures]) => [line, [...measures]])));
    expect(exposed).toEqual(frozen);
  });

  test("differences: each changed measure with both values as strings, in table order", () => {
    const submitted = zero();
    const live = zero();
    expect(compareFigures(submitted, live)).toEqual([]);
    live.trademarkCases = { cases: 2, amountInvolved: "172000.00" };
    live.courts = { ...live.courts, judgments: 1 };
    expect(compareFigures(submitted, live)).toEqual([
      { line: "trademarkCases", measure: "cases", submitted: "0", live: "2" },
      { line: "trademarkCases", measure: "amountInvolved", submitted: "0.00", live: "172000.00" },
      { line: "courts", measure: "judgments", submitted: "0", live: "1" },
    ]);
  });

  test("a measure the snapshot does not hold (added to the table later) is not a difference", () => {
    const submitted = zero();
    delete submitted.postal.crossBorder;
    const live = zero();
    live.postal.crossBorder = 3;
    expect(compareFigures(submitted, live)).toEqual([]);
  });
});
