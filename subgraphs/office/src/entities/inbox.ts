import { Directive, Field, ObjectType } from "type-graphql";
import { Agency, INBOX_SECTIONS, InboxSection, type InboxKey } from "@ipr/shared";

/** The sections other subgraphs contribute, from their manifests (the registry): what `items` merges. */
export const CONTRIBUTED_SECTIONS = INBOX_SECTIONS.filter((s) => s.subgraph !== "office");

/**
 * Everything waiting on one agency in one region (待办). The office holds the key and its own section
 * (monthly tables due); every other subgraph contributes its sections from its own tables, declared
 * here `@external` from the registry so that `items` can `@requires` them and merge them by due time.
 */
@Directive('@key(fields: "agency region")')
@ObjectType({ description: "Everything waiting on an agency in a region (待办), each item with its deadline; every subgraph contributes its own sections" })
export class Inbox implements InboxKey {
  @Field(() => Agency) agency!: Agency;
  @Field(() => String, { description: "The region whose items are listed (its cities' included for a province)" }) region!: string;
  /** Contributed sections, as the gateway hands them over for `items`; null when the contributor failed. */
  [section: string]: unknown;
}

for (const { field, description } of CONTRIBUTED_SECTIONS) {
  Field(() => InboxSection, { nullable: true, description })(Inbox.prototype, field);
  Directive("@external")(Inbox.prototype, field);
}
