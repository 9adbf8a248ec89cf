import { Directive, Field, FieldResolver, ID, Int, ObjectType } from "type-graphql";
import { Agency } from "./agency";
import type { Context } from "./context";
import { isOverdue } from "./deadlines";
import { badInput, forbidden } from "./errors";
import type { AgencyManifest } from "./manifest";
import { canRead } from "./policy";
import { isRegion } from "./regions";

/*
 * The inbox (待办): everything waiting on one agency in one region. The office holds the key
 * (`Inbox @key(fields: "agency region")`); every subgraph contributes sections computed from its own
 * tables, each a field it adds to Inbox and declares in its manifest (`inbox: [{ field, description }]`);
 * the office merges them into `Inbox.items` by due time. No subgraph reads another's tables.
 */

export interface InboxKey {
  agency: Agency;
  region: string;
}

/**
 * The office's Inbox entity as a contributing subgraph sees it: its key only. Call it once, list it in
 * `orphanedTypes`, and add one `@InboxSectionField` per manifest entry on a `@Resolver(() => ThatClass)`.
 */
export function InboxStub() {
  @Directive('@key(fields: "agency region")')
  @ObjectType("Inbox")
  class Inbox implements InboxKey {
    @Field(() => Agency) agency!: Agency;
    @Field(() => String) region!: string;
  }
  return Inbox;
}

/** One thing waiting on the inbox's agency and region, with its deadline. Shared by every contributor. */
@Directive("@shareable")
@ObjectType({ description: "One thing waiting on an agency in a region (待办事项), with its deadline" })
export class InboxItem {
  @Field(() => String, { description: "The inbox section it comes from, e.g. referralsToDecide (the agencies' manifests list them)" })
  kind!: string;

  @Field(() => String, { description: "GraphQL type of the record waiting, e.g. Referral, MonthlyReport" })
  typename!: string;

  @Field(() => ID, { description: "The record's id (for a MonthlyReport: region/period/scope)" })
  id!: string;

  @Field(() => String, { description: "What is waiting, in a line" })
  title!: string;

  @Field(() => String, { description: "The region the record belongs to (inside the inbox's region)" })
  region!: string;

  @Field(() => Date, { description: "When it must be done, computed by the owning subgraph (China time rules)" })
  dueAt!: Date;

  @Field(() => Boolean, { description: "Past dueAt and still waiting" })
  overdue!: boolean;

  @Field(() => Agency, { nullable: true, description: "The agency waiting for the answer, if another one" })
  counterpart!: Agency | null;
}

/** One contributor's section of an inbox: the first items by due time and how many there are in all. */
@Directive("@shareable")
@ObjectType({ description: "One section of an inbox: the first items by due time and how many wait in all" })
export class InboxSection {
  @Field(() => Int, { description: "How many items wait in this section (items holds at most the first INBOX_LIMIT by due time)" })
  totalCount!: number;

  @Field(() => [InboxItem])
  items!: InboxItem[];
}

/** Items per section: the first ones by due time; totalCount says how many more wait. */
export const INBOX_LIMIT = 100;

/** The selection of a section, as the office `@requires` each contributed one. */
export const INBOX_SECTION_SELECTION = "totalCount items { kind typename id title region dueAt overdue counterpart }";

/** An item's title: one line, cut to `max` characters with an ellipsis. */
export const inboxTitle = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** An item, `overdue` judged on the request's clock. */
export const inboxItem = (ctx: Context, kind: string, item: Omit<InboxItem, "kind" | "overdue" | "counterpart"> & { counterpart?: Agency | null }): InboxItem => ({
  kind,
  counterpart: null,
  ...item,
  overdue: isOverdue(item.dueAt, ctx.now()),
});

/** Items in due-time order (then id, so equal deadlines keep a stable order). */
export const byDueTime = (a: InboxItem, b: InboxItem) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A section from the rows read (already bounded by INBOX_LIMIT) and the count of all of them. */
export const inboxSection = (items: InboxItem[], totalCount = items.length): InboxSection => ({ totalCount, items: [...items].sort(byDueTime) });

/** A section with nothing waiting, e.g. referrals in the inbox of an agency other than the police. */
export const emptyInboxSection = (): InboxSection => ({ totalCount: 0, items: [] });

/**
 * Who reads which inbox: an agency its own, in its region or one inside it (a provincial unit sees
 * its cities'); the office any agency's inside its region, since it follows up what is late.
 */
export function checkInbox(ctx: Context, key: InboxKey, field = "region"): InboxKey {
  if (!isRegion(key.region, { allowNational: true })) throw badInput(field, `unknown region code ${JSON.stringify(key.region)}`);
  if (!canRead(ctx.identity, key.region)) throw forbidden(`region ${key.region} is outside your region ${ctx.identity.region}`, field);
  if (key.agency !== ctx.identity.agency && ctx.identity.agency !== Agency.OFFICE)
    throw forbidden(`the inbox of ${key.agency} is for ${key.agency} and the office; you act for ${ctx.identity.agency}`, "agency");
  return { agency: key.agency, region: key.region };
}

/**
 * A contributed section: a nullable `InboxSection` field on the InboxStub, described by the
 * subgraph's manifest entry (so the field and the registry cannot drift apart). Throws at startup
 * when the manifest does not declare the field.
 */
export function InboxSectionField(manifest: AgencyManifest, field: string): MethodDecorator {
  const spec = manifest.inbox?.find((s) => s.field === field);
  if (!spec) throw new Error(`${manifest.name}'s manifest declares no inbox section ${field}: add { field: "${field}", description } to its inbox list`);
  return FieldResolver(() => InboxSection, { nullable: true, description: spec.description }) as MethodDecorator;
}
