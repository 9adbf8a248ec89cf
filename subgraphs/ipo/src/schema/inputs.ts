import { Field, InputType } from "type-graphql";
import { AdminCaseCorrection, AdminCaseFilter, AdminCaseInput, DateScalar, ShortText, RecordCorrection } from "@ipr/shared";
import { PatentKind } from "../patent-number";
import { PatentCaseCategory, PatentCaseSource, PatentKeyField } from "../entities/patent-case";

@InputType()
export class RegisterPatentInput {
  @Field(() => String, { description: "With or without the ZL prefix; stored as ZL…" }) patentNumber!: string;
  @ShortText(500) title!: string;
  @Field(() => String) holderCreditCode!: string;
  @Field(() => String) holderName!: string;
  @Field(() => Boolean) foreignInvested!: boolean;
  @Field(() => DateScalar) grantedOn!: string;
}

@InputType()
export class PatentFilter {
  @Field(() => PatentKind, { nullable: true }) kind?: PatentKind | null;
  @Field(() => String, { nullable: true }) holderCreditCode?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
}

@InputType()
export class CreatePatentCaseInput extends AdminCaseInput {
  @Field(() => DateScalar) openedOn!: string;
  @Field(() => PatentCaseCategory) category!: PatentCaseCategory;
  @Field(() => PatentCaseSource) source!: PatentCaseSource;
  @Field(() => PatentKeyField, { nullable: true }) keyField?: PatentKeyField | null;
  @Field(() => String, {
    nullable: true,
    description: "Required for INFRINGEMENT (a registered patent); optional for PASSING_OFF (the number cited, checked for form only)",
  })
  patentNumber?: string | null;
}

@InputType()
export class PatentCaseFilter extends AdminCaseFilter {
  @Field(() => PatentCaseCategory, { nullable: true }) category?: PatentCaseCategory | null;
  @Field(() => PatentCaseSource, { nullable: true }) source?: PatentCaseSource | null;
  @Field(() => PatentKeyField, { nullable: true }) keyField?: PatentKeyField | null;
}

/** A correction of a patent case: any of its fields, with a reason; the rest stay as they are. */
@InputType()
export class CorrectPatentCaseInput extends AdminCaseCorrection {
  @Field(() => DateScalar, { nullable: true }) openedOn?: string | null;
  @Field(() => PatentCaseCategory, { nullable: true }) category?: PatentCaseCategory | null;
  @Field(() => PatentCaseSource, { nullable: true }) source?: PatentCaseSource | null;
  @Field(() => PatentKeyField, { nullable: true }) keyField?: PatentKeyField | null;
  @Field(() => String, { nullable: true }) patentNumber?: string | null;
}

@InputType({ description: "Correct a patent on the register (IPO): the fields given; its number names it and stays" })
export class CorrectPatentInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) holderCreditCode?: string | null;
  @Field(() => String, { nullable: true }) holderName?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => DateScalar, { nullable: true }) grantedOn?: string | null;
}
