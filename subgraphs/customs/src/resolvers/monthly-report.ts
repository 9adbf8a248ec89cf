import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { DecimalScalar, caseMeasures, checkReportKey, count, monthlyTally, yuan, type Context, type ReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";

@ObjectType({ description: "Customs detentions of infringing goods in the month" })
export class CustomsTally {
  @Field(() => Int) seizures!: number;
  @Field(() => Int, { description: "Pieces of goods detained" }) quantity!: number;
  @Field(() => DecimalScalar, { description: "Declared value of the goods, yuan" }) goodsValue!: string;
  @Field(() => DecimalScalar, { description: "Amount involved, yuan" }) amountInvolved!: string;
}

const SEIZURES = { from: "customs.customs_seizure t", region: "t.region", date: "t.seized_on", foreign: "t.foreign_invested", withdrawable: ["t"] };
const MEASURES = {
  ...caseMeasures(SEIZURES, "seizures"),
  "seizures.quantity": { ...SEIZURES, value: "sum(t.quantity)" },
  "seizures.goodsValue": { ...SEIZURES, value: "sum(t.declared_value)" },
};

@Resolver(() => MonthlyReport)
export class MonthlyReportRow {
  @FieldResolver(() => CustomsTally, { nullable: true, description: "Detentions by seizedOn in the month" })
  async customs(@Root() report: ReportKey, @Ctx() ctx: Context): Promise<CustomsTally> {
    const t = await monthlyTally(ctx, "customs", MEASURES, checkReportKey(ctx, report));
    return { seizures: count(t["seizures.cases"]), quantity: count(t["seizures.quantity"]), goodsValue: yuan(t["seizures.goodsValue"]), amountInvolved: yuan(t["seizures.amount"]) };
  }
}
