import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { Agency, INBOX_SECTION_SELECTION, InboxItem, InboxSectionField, byDueTime, checkInbox, type Context, type InboxSection } from "@ipr/shared";
import { CONTRIBUTED_SECTIONS, Inbox } from "../entities/inbox";
import { majorCasesToForward, monthlyTablesDue, progressReportsDue } from "../inbox-tables";
import { manifest } from "../manifest";

/** Every contributed section, with the selection the office needs of each, from the registry. */
const REQUIRES = CONTRIBUTED_SECTIONS.map((s) => `${s.field} { ${INBOX_SECTION_SELECTION} }`).join(" ");

const MERGED =
  "Every section's items (the office's and each contributor's, at most 100 each), by due time. A section whose subgraph answered " +
  "with an error (e.g. its database down) is left out and reported at its own path. When a contributing subgraph cannot be " +
  "reached at all, the gateway cannot hand the office that section, and items (with totalCount) is null with that subgraph's " +
  "SERVICE_UNAVAILABLE error: read the sections, which keep what answered.";

/** The sections of an inbox: the office's own, then those the gateway handed over (a failed one is null). */
async function sectionsOf(ctx: Context, inbox: Inbox): Promise<InboxSection[]> {
  const contributed = CONTRIBUTED_SECTIONS.map((s) => inbox[s.field] as InboxSection | null | undefined);
  const own = await Promise.all([monthlyTablesDue(ctx, inbox), majorCasesToForward(ctx, inbox), progressReportsDue(ctx, inbox)]);
  return [...own, ...contributed.filter((s): s is InboxSection => !!s)];
}

@Resolver(() => Inbox)
export class InboxResolver {
  @Query(() => Inbox, {
    description:
      "What is waiting on you: by default your own agency in your own region. An agency may name a region inside its own (a province " +
      "reads a city's); the office may also name any agency, to follow up what is late there.",
  })
  inbox(
    @Arg("agency", () => Agency, { nullable: true, description: "Default: yours; another agency's only for the office" }) agency: Agency | null,
    @Arg("region", () => String, { nullable: true, description: "Default: yours; must lie inside it" }) region: string | null,
    @Ctx() ctx: Context,
  ): Inbox {
    return checkInbox(ctx, { agency: agency ?? ctx.identity.agency, region: region ?? ctx.identity.region }) as Inbox;
  }

  @InboxSectionField(manifest, "monthlyTablesDue")
  monthlyTablesDue(@Root() inbox: Inbox, @Ctx() ctx: Context) {
    return monthlyTablesDue(ctx, inbox);
  }

  @InboxSectionField(manifest, "majorCasesToForward")
  majorCasesToForward(@Root() inbox: Inbox, @Ctx() ctx: Context) {
    return majorCasesToForward(ctx, inbox);
  }

  @InboxSectionField(manifest, "progressReportsDue")
  progressReportsDue(@Root() inbox: Inbox, @Ctx() ctx: Context) {
    return progressReportsDue(ctx, inbox);
  }

  @Directive(`@requires(fields: "${REQUIRES}")`)
  @FieldResolver(() => [InboxItem], { nullable: true, description: MERGED })
  async items(@Root() inbox: Inbox, @Ctx() ctx: Context): Promise<InboxItem[]> {
    // the contributed items arrive as JSON: their deadlines are strings until revived
    const items = (await sectionsOf(ctx, inbox)).flatMap((s) => s.items.map((i) => ({ ...i, dueAt: new Date(i.dueAt) })));
    return items.sort(byDueTime);
  }

  @Directive(`@requires(fields: "${REQUIRES}")`)
  @FieldResolver(() => Int, { nullable: true, description: "How many items wait in all the sections that answered (items holds at most 100 of each)" })
  async totalCount(@Root() inbox: Inbox, @Ctx() ctx: Context): Promise<number> {
    return (await sectionsOf(ctx, inbox)).reduce((n, s) => n + s.totalCount, 0);
  }
}
