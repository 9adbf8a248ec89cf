import { FreeText, RecordCorrection } from "@ipr/shared";
import { Field, ID, InputType } from "type-graphql";
import { FilingSupervisionStatus } from "../entities/filing-supervision";

@InputType()
export class OpenFilingSupervisionInput {
  @Field(() => ID, { description: "A referral the police declined, or left undecided past its deadline" }) referralId!: string;
  @Field(() => String, { description: "Region of the supervising procuratorate" }) region!: string;
  @FreeText(2000, { description: "Why the procuratorate requires the police to explain" }) reason!: string;
}

@InputType()
export class RecordPoliceExplanationInput {
  @Field(() => ID) supervisionId!: string;
  @Field(() => Date, { nullable: true, description: "When the explanation was received; default now" }) receivedAt?: Date | null;
  @FreeText(4000, { description: "The police's reasons for not filing" }) explanation!: string;
}

@InputType()
export class OrderFilingInput {
  @Field(() => ID) supervisionId!: string;
  @FreeText(2000, { nullable: true, description: "Why the police's reasons do not hold" }) note?: string | null;
}

@InputType()
export class RecordSupervisedFilingInput {
  @Field(() => ID) supervisionId!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The criminal case the police filed; optional: it is the referral's (linkage), and when given must be that case",
    deprecationReason: "The case is read from the referral the police decided FILED on linkage",
  })
  criminalCaseId?: string | null;
}

@InputType()
export class CloseFilingSupervisionInput {
  @Field(() => ID) supervisionId!: string;
  @FreeText(2000, { description: "Why supervision ends, e.g. the reasons for not filing were accepted" }) reason!: string;
}

@InputType()
export class FilingSupervisionFilter {
  @Field(() => String, { nullable: true, description: "Region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => FilingSupervisionStatus, { nullable: true }) status?: FilingSupervisionStatus | null;
  @Field(() => Boolean, { nullable: true, description: "Only supervisions whose pending step is past its deadline (or, false, not)" })
  overdue?: boolean | null;
}

@InputType({ description: "Correct a filing supervision: why it was opened, or the police's explanation as recorded; the steps stay" })
export class CorrectFilingSupervisionInput extends RecordCorrection {
  @FreeText(2000, { nullable: true, description: "Why the procuratorate opened supervision (its `reason`)" }) supervisionReason?: string | null;
  @FreeText(4000, { nullable: true, description: "The police's explanation, once received" }) explanation?: string | null;
}
