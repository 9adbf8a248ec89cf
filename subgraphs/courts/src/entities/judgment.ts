import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { AmountField, DateField, RegionField, Withdrawable } from "@ipr/shared";
import { CourtCase } from "./court-case";

/** The outcome of a case; which values fit depends on the case's kind (see verdicts.ts). */
export enum Verdict {
  GUILTY = "GUILTY",
  NOT_GUILTY = "NOT_GUILTY",
  SETTLED = "SETTLED",
  FOR_PLAINTIFF = "FOR_PLAINTIFF",
  FOR_DEFENDANT = "FOR_DEFENDANT",
}
registerEnumType(Verdict, {
  name: "Verdict",
  description: "The outcome of a court case; criminal cases are GUILTY or NOT_GUILTY, civil and administrative ones are decided for a party",
  valuesConfig: {
    GUILTY: { description: "Criminal: convicted (有罪判决); at least one sentence" },
    NOT_GUILTY: { description: "Criminal: acquitted (无罪判决)" },
    SETTLED: { description: "Civil: mediated or settled (调解结案)" },
    FOR_PLAINTIFF: { description: "Civil or administrative: the plaintiff's claims upheld (支持原告诉讼请求)" },
    FOR_DEFENDANT: { description: "Civil or administrative: the plaintiff's claims dismissed (驳回诉讼请求)" },
  },
});

/** A case has at most one live judgment; the migration (0003) creates this partial unique index. */
export const LIVE_JUDGMENT_INDEX =
  'create unique index "judgment_court_case_id_live_unique" on "courts"."judgment" ("court_case_id") where "withdrawn_at" is null';

/** The judgment (判决) of a court case: one live judgment per case; a withdrawn one leaves room for the judgment recorded again. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "The judgment of a court case" })
@Entity({ tableName: "judgment" })
@Index({ name: "judgment_court_case_id_live_unique", expression: LIVE_JUDGMENT_INDEX })
export class Judgment extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  /** Unique among live judgments (LIVE_JUDGMENT_INDEX): the index also serves the `CourtCase.judgment` loader. */
  @ManyToOne({ entity: () => CourtCase })
  courtCase!: CourtCase;

  /** Copied from the case so `_entities` lookups check the caller's region without a join. */
  @RegionField({ description: "Region of the court" })
  region!: string;

  @DateField({ description: "Date of the judgment; on or after the case's filing", index: true })
  decidedOn!: string;

  @Field(() => Verdict)
  @Enum({ items: () => Verdict })
  verdict!: Verdict;

  @AmountField({ nullable: true, description: "Criminal fine (罚金) in total, yuan, including any imposed on a unit defendant" })
  fine?: string | null;

  @AmountField({ nullable: true, description: "Civil damages awarded (赔偿额), yuan" })
  damages?: string | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
