import { PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, InterfaceType } from "type-graphql";
import { DateScalar, todayIn } from "@ipr/shared";

/**
 * What every version of a unit's deliverable records, as for the monthly table: version 1 is the
 * submission, each amendment adds the next version with its reason, and no version is ever changed
 * or deleted, so the versions are the audit trail. Each deliverable's entity adds its content.
 */
@InterfaceType({ description: "A submitted version of a unit's deliverable: version 1 is the submission, then each amendment" })
export abstract class DeliverableVersion {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "The reporting unit (one of the 32), e.g. 440000" })
  @Property({ type: "string", length: 6 })
  region!: string;

  @Field(() => Int, { description: "1 for the submission, n+1 for each amendment" })
  @Property({ type: "smallint" })
  version!: number;

  @Field(() => Date)
  @Property({ type: "datetime" })
  submittedAt!: Date;

  @Field(() => String, { description: "The submitting officer (token subject)" })
  @Property({ type: "string", length: 200 })
  submittedBy!: string;

  @Field(() => String, { nullable: true, description: "Why this version corrects the previous one (amendments only)" })
  @Property({ type: "text", nullable: true })
  reason?: string | null;

  @Field(() => DateScalar, { description: "The day it was submitted in China (UTC+8): what the deadline is judged on" })
  get submittedOn(): string & Opt {
    return todayIn(this.submittedAt);
  }
}
