import { Entity, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { DeliverableVersion } from "./deliverable-version";

/** One version of a unit's narrative of the month's work (工作推进情况), sent with the monthly table. */
@ObjectType({ implements: DeliverableVersion, description: "A submitted version of a unit's work-progress narrative for a month (version 1 = the submission, then amendments)" })
@Entity({ tableName: "work_progress_version" })
@Unique({ properties: ["region", "period", "version"] })
export class WorkProgressVersion extends DeliverableVersion {
  @Field(() => String, { description: "The month it reports on, YYYY-MM" })
  @Property({ type: "string", length: 7 })
  period!: string;

  @Field(() => String, { description: "工作推进情况: how the work progressed in the month" })
  @Property({ type: "text" })
  narrative!: string;
}

/** A unit's narrative for one month of the action phase, as the office tracks it (due with the table, by the 15th). */
@ObjectType({ description: "A reporting unit's work-progress narrative (工作推进情况) for a month of the action phase" })
export class WorkProgress {
  @Field(() => String) region!: string;
  @Field(() => String, { description: "YYYY-MM" }) period!: string;
}
