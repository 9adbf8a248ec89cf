import { Field, InputType } from "type-graphql";
import { Agency } from "@ipr/shared";
import { AuditOutcome } from "../entities/audit-entry";

@InputType({ description: "Narrows the audit trail; every condition given must hold" })
export class AuditEntryFilter {
  @Field(() => Date, { nullable: true, description: "Entries at or after this instant" }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: "Entries before this instant" }) to?: Date | null;
  @Field(() => String, { nullable: true, description: "The caller's token subject, exactly" }) sub?: string | null;
  @Field(() => Agency, { nullable: true }) agency?: Agency | null;
  @Field(() => String, { nullable: true, description: "Callers in this region (prefix rule), inside your own" }) region?: string | null;
  @Field(() => AuditOutcome, { nullable: true }) outcome?: AuditOutcome | null;
  @Field(() => String, { nullable: true, description: "The operation name, exactly" }) operationName?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Only quarantined entries (true) or only entries recorded as delivered (false)" }) quarantined?: boolean | null;
}
