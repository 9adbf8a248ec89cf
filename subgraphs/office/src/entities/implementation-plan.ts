import { Entity, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { Agency } from "@ipr/shared";
import { DeliverableVersion } from "./deliverable-version";

@ObjectType({ description: "Who to call about a unit's implementation plan (联络人)" })
export class PlanContact {
  @Field(() => String) name!: string;
  @Field(() => String, { description: "Post and office, e.g. 省打假办综合处处长" }) role!: string;
  @Field(() => String) phone!: string;
}

/** One version of a unit's implementation plan (实施方案): its concrete measures, who carries them out, whom to call. */
@ObjectType({ implements: DeliverableVersion, description: "A submitted version of a unit's implementation plan (version 1 = the submission, then amendments)" })
@Entity({ tableName: "implementation_plan_version" })
@Unique({ properties: ["region", "version"] })
export class ImplementationPlanVersion extends DeliverableVersion {
  @Field(() => [String], { description: "具体落实措施, in the unit's order" })
  @Property({ type: "json" })
  measures!: string[];

  @Field(() => [Agency], { description: "The member agencies responsible (责任单位)" })
  @Property({ type: "json" })
  responsibleAgencies!: Agency[];

  @Field(() => [PlanContact])
  @Property({ type: "json" })
  contacts!: PlanContact[];
}

/** A unit's implementation plan as the office tracks it: the deadline, the status and every version. */
@ObjectType({ description: "A reporting unit's implementation plan (实施方案), tracked against the mobilisation phase's due date" })
export class ImplementationPlan {
  @Field(() => String) region!: string;
}
