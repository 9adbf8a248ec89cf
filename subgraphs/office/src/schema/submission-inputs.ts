import { Field, ID, InputType } from "type-graphql";
import { ReportScope, FreeText } from "@ipr/shared";

@InputType({ description: "A province-level unit's office submits its monthly table (报送月度统计表)" })
export class SubmitMonthlyReportInput {
  @Field(() => String, { description: "The reporting unit, e.g. 440000: the caller's own" }) region!: string;
  @Field(() => String, { description: "A month that has ended, YYYY-MM" }) period!: string;
  @Field(() => ReportScope, { defaultValue: ReportScope.FOREIGN_INVESTED }) scope!: ReportScope;
  @Field(() => [ID], { defaultValue: [], description: "查处典型案例: typical cases the unit reported for the month (reportTypicalCase)" }) typicalCaseIds!: string[];
}

@InputType({ description: "A corrected version of a submitted table, with the reason; earlier versions are kept" })
export class AmendMonthlyReportInput {
  @Field(() => String) region!: string;
  @Field(() => String, { description: "YYYY-MM" }) period!: string;
  @Field(() => ReportScope, { defaultValue: ReportScope.FOREIGN_INVESTED }) scope!: ReportScope;
  @FreeText(2000, { description: "Why the table is corrected (更正说明)" }) reason!: string;
  @Field(() => [ID], { description: "The typical cases of this version (they replace the previous version's)" }) typicalCaseIds!: string[];
}
