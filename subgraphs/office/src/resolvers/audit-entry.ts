import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { scopedList, Agency, Connection, ConnectionArgs, assertAgency, assertRegion, badInput, paginate, type Context } from "@ipr/shared";
import { AuditEntry } from "../entities/audit-entry";
import { AuditEntryFilter } from "../schema/audit-inputs";

@ObjectType()
class AuditEntryConnection extends Connection(AuditEntry) {}

/**
 * The audit trail, read-only: there is no mutation, the gateway writes through the signed internal
 * route (audit-ingest.ts) and the table refuses UPDATE and DELETE.
 */
@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Query(() => AuditEntryConnection, {
    description:
      "Requests through the gateway, newest first (OFFICE only): a province or city office sees its own region's callers, " +
      "the national office every caller, anonymous requests included",
  })
  auditEntries(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => AuditEntryFilter, { nullable: true }) filter: AuditEntryFilter | null,
    @Ctx() ctx: Context,
  ) {
    assertAgency(ctx, Agency.OFFICE);
    const f = filter ?? {};
    if (f.region) assertRegion(f.region, "filter.region", { allowNational: true });
    if (f.from && f.to && f.to <= f.from) throw badInput("filter.to", "must be after filter.from");
    // moments, not days: the range is half-open [from, to)
    const at = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
    const where = scopedList(ctx, f, {
      region: "allowNational",
      equal: ["sub", "agency", "outcome", "operationName", "quarantined"],
      where: f.from || f.to ? { at } : {},
    });
    return paginate(ctx.em, AuditEntry, where, page, "at");
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The request's variables as JSON text, personal data (names, ID numbers, birth dates) replaced by \"[redacted]\" at the gateway",
  })
  variables(@Root() entry: AuditEntry): string | null {
    return entry.variables == null ? null : JSON.stringify(entry.variables);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "A quarantined entry as the gateway delivered it: JSON text, every string escaped (see `escaped`); null for other entries",
  })
  raw(@Root() entry: AuditEntry): string | null {
    return entry.raw ?? null;
  }
}
