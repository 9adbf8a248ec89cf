import { Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { ArrestReview } from "./arrest-review";

/**
 * A suspect an arrest review decided on: one row per person, so the monthly table can count
 * persons approved for arrest (distinct) with a join. The unique index leads with the review and
 * serves the persons loader; person_id has its own index for per-person counts.
 */
@Entity({ tableName: "arrest_review_person" })
@Unique({ properties: ["arrestReview", "personId"] })
export class ArrestReviewPerson {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => ArrestReview })
  arrestReview!: ArrestReview;

  /** The police's Person id (a suspect of the review's criminal case). */
  @Property({ type: "uuid", index: true })
  personId!: string;

  /** Place in the input's list, so reads keep the order errors like `personIds[1]` refer to. */
  @Property({ type: "smallint" })
  position!: number;
}
