import { readFileSync } from "node:fs";
import { SUPERGRAPH_PATH } from "@ipr/gateway";
import { outageNullabilityViolations } from "./outage-nullability";

test("no non-null field needs another subgraph than the one that produced its parent", () => {
  expect(outageNullabilityViolations(readFileSync(SUPERGRAPH_PATH, "utf8"))).toEqual([]);
});

test("the rule finds both kinds: a contributed field and a field returning another agency's entity", () => {
  const sdl = readFileSync(SUPERGRAPH_PATH, "utf8")
    .replace(/(\n  courts: CourtTally) @join__field/, "$1! @join__field")
    .replace(/(\n  source: EnforcementCase)( @join__field|\n)/, "$1!$2");
  expect(outageNullabilityViolations(sdl)).toEqual([
    "MonthlyReport.courts: CourtTally! needs COURTS",
    "Referral.source: EnforcementCase! needs AGRICULTURE, CUSTOMS, IPO, POSTAL, PRESS, SAIC",
  ]);
});
