import { Arg, Query, Resolver } from "type-graphql";
import { REPORTING_UNITS } from "@ipr/shared";
import { ReportingUnit } from "../entities/reporting-unit";

export const reportingUnit = (code: string): ReportingUnit | null => REPORTING_UNITS.find((u) => u.code === code) ?? null;

@Resolver(() => ReportingUnit)
export class ReportingUnitResolver {
  @Query(() => [ReportingUnit], { description: "The 32 units that send the monthly table: 31 province-level divisions and the XPCC" })
  reportingUnits() {
    return REPORTING_UNITS;
  }

  @Query(() => ReportingUnit, { nullable: true })
  reportingUnit(@Arg("code", () => String) code: string) {
    return reportingUnit(code);
  }
}
