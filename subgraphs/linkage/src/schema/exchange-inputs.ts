import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { Agency, DateScalar, FreeText, RecordCorrection } from "@ipr/shared";
import { EnforcementCaseType } from "../sources";
import { ClueStatus } from "../entities/clue";
import { EvidenceKind } from "../entities/evidence-transfer";
import { AssistanceStatus } from "../entities/assistance-request";

@InputType("ExchangeInputFields")
export abstract class ExchangeInput {
  @Field(() => Agency) toAgency!: Agency;
  @Field(() => String, { description: "Your region (the sender's)" }) region!: string;
  @Field(() => String, { description: "Region of the receiving agency" }) toRegion!: string;
  @Field(() => EnforcementCaseType, { nullable: true }) caseType?: EnforcementCaseType | null;
  @Field(() => ID, { nullable: true, description: "The case it concerns; must exist and be visible to you" }) caseId?: string | null;
}

@InputType()
export class SendClueInput extends ExchangeInput {
  @FreeText(4000) summary!: string;
}

export enum ClueAnswer {
  ACKNOWLEDGED = "ACKNOWLEDGED",
  ACTED_ON = "ACTED_ON",
  NO_ACTION = "NO_ACTION",
}
registerEnumType(ClueAnswer, { name: "ClueAnswer" });

@InputType()
export class AnswerClueInput {
  @Field(() => ID) clueId!: string;
  @Field(() => ClueAnswer) status!: ClueAnswer;
  @FreeText(4000, { nullable: true }) outcome?: string | null;
}

@InputType()
export class EvidenceItemInput {
  @Field(() => EvidenceKind) kind!: EvidenceKind;
  @FreeText(1000) description!: string;
  @Field(() => String, { description: "SHA-256 of the file, 64 hex digits" }) sha256!: string;
  @Field(() => Int, { nullable: true }) sizeBytes?: number | null;
}

@InputType()
export class SendEvidenceTransferInput extends ExchangeInput {
  @Field(() => ID, { nullable: true, description: "The referral the evidence supports" }) referralId?: string | null;
  @Field(() => [EvidenceItemInput]) items!: EvidenceItemInput[];
}

@InputType()
export class ReceiveEvidenceTransferInput {
  @Field(() => ID) transferId!: string;
  @Field(() => [String], { description: "SHA-256 of each item as received, in the transfer's order" }) itemHashes!: string[];
}

@InputType()
export class RequestAssistanceInput extends ExchangeInput {
  @FreeText(4000) subject!: string;
  @Field(() => DateScalar) dueOn!: string;
}

@InputType()
export class AnswerAssistanceInput {
  @Field(() => ID) requestId!: string;
  @FreeText(4000) answer!: string;
  @Field(() => Boolean, { nullable: true, description: "True when the receiver cannot help" }) declined?: boolean | null;
}

@InputType()
export class ExchangeFilter {
  @Field(() => Agency, { nullable: true, description: "Only those sent to this agency" }) toAgency?: Agency | null;
  @Field(() => Agency, { nullable: true, description: "Only those sent by this agency" }) fromAgency?: Agency | null;
  @Field(() => ClueStatus, { nullable: true, description: "Clues only" }) clueStatus?: ClueStatus | null;
  @Field(() => AssistanceStatus, { nullable: true, description: "Assistance requests only" }) assistanceStatus?: AssistanceStatus | null;
}

@InputType({ description: "Correct a clue (the sender): its summary" })
export class CorrectClueInput extends RecordCorrection {
  @FreeText(4000, { nullable: true }) summary?: string | null;
}

@InputType({ description: "Correct an assistance request (the sender): what is asked and by when" })
export class CorrectAssistanceRequestInput extends RecordCorrection {
  @FreeText(4000, { nullable: true }) subject?: string | null;
  @Field(() => DateScalar, { nullable: true }) dueOn?: string | null;
}

@InputType({ description: "Correct an evidence transfer (the sender): the referral it supports; the items are fingerprinted and stay" })
export class CorrectEvidenceTransferInput extends RecordCorrection {
  @Field(() => ID, { nullable: true }) referralId?: string | null;
}
