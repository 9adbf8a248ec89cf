import { GraphQLError } from "graphql";
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { Agency } from "./agency";
import type { Context } from "./context";
import { forbidden } from "./errors";
import { ENTERPRISE_RECORDS, type SubgraphName } from "./registry";

/**
 * A record of another agency that depends on one of yours (a referral naming your case as its
 * source), as that agency tells it: what it is and which of your record's fields it relies on. A
 * correction of such a field, or a withdrawal, would break the chain, so the corrections kit
 * refuses them (DEPENDENT_RECORDS).
 */
@Directive("@shareable")
@ObjectType({ description: "A record that depends on another agency's record, and the fields of it that it relies on" })
export class RecordDependent {
  @Field(() => String, { description: "Its GraphQL type, e.g. Referral" }) type!: string;
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The subgraph that holds it, e.g. linkage" }) subgraph!: string;
  @Field(() => String) region!: string;
  @Field(() => [String], { description: "Fields of the depended-on record it relies on" }) relies!: string[];
}

/** How a dependent subgraph finds its records that depend on one record of another agency. */
export interface DependentFinder {
  /** The agency owning records of this type: the only one asked about them (several for a record whose parts have different owners: a referral and its decision). */
  owner: Agency | readonly Agency[];
  find(ctx: Context, id: string): Promise<Omit<RecordDependent, "subgraph">[]>;
}

/** The root field a dependent subgraph answers, `<subgraph>Dependents`; one name per subgraph so composition never merges two. */
export const dependentsField = (subgraph: SubgraphName) => `${subgraph}Dependents`;

/**
 * The dependent's side: `<subgraph>Dependents(typename, id)` for the owners of the records it
 * depends on, e.g. linkage: `dependentsQuery("linkage", { SaicCase: { owner: Agency.SAIC, find } })`.
 * All its dependents, whatever their region (the owner must know of every one), to the owning agency only.
 */
export function dependentsQuery(subgraph: SubgraphName, declared: Readonly<Record<string, DependentFinder>>) {
  // a subgraph whose records name enterprises (registry: ENTERPRISE_RECORDS) answers for them too
  const naming = enterpriseNaming(subgraph);
  const finders: Readonly<Record<string, DependentFinder>> = naming ? { Enterprise: naming, ...declared } : declared;
  @Resolver()
  class Dependents {
    @Query(() => [RecordDependent], {
      name: dependentsField(subgraph),
      description: `Records of ${subgraph} depending on a record of another agency (asked by that agency before it corrects or withdraws it)`,
    })
    async dependents(@Arg("typename", () => String) typename: string, @Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<RecordDependent[]> {
      const finder = finders[typename];
      if (!finder) return [];
      const owners: readonly Agency[] = typeof finder.owner === "string" ? [finder.owner] : finder.owner;
      if (!owners.includes(ctx.identity.agency)) throw forbidden(`only ${owners.join(", ")} ask${owners.length === 1 ? "s" : ""} about the dependents of a ${typename}`, "typename");
      return (await finder.find(ctx, id)).map((d) => ({ ...d, subgraph }));
    }
  }
  return Dependents;
}

/**
 * The owner's side: every record of the `subgraphs` that depends on `typename` `id`, asked as the
 * caller. Called before any lock is taken; a subgraph that does not answer refuses the change
 * (SERVICE_UNAVAILABLE), since a chain cannot be checked without it.
 */
export async function askDependents(ctx: Context, subgraphs: readonly SubgraphName[], typename: string, id: string): Promise<RecordDependent[]> {
  const answers = await Promise.all(
    subgraphs.map(async (subgraph) => {
      const field = dependentsField(subgraph);
      const data = await ctx.peers.query<Record<string, RecordDependent[]>>(
        ctx.identity, subgraph, `query($t: String!, $id: ID!) { ${field}(typename: $t, id: $id) { type id subgraph region relies } }`, { t: typename, id },
      );
      if (!Array.isArray(data[field])) throw new GraphQLError(`the ${subgraph} subgraph did not list dependents`, { extensions: { code: "SERVICE_UNAVAILABLE" } });
      return data[field];
    }),
  );
  return answers.flat();
}

/**
 * The subgraph's records naming an enterprise by credit code, as the registry lists them
 * (`ENTERPRISE_RECORDS`: admin cases' right holder and infringer, the records manifests declare):
 * each forbids the enterprise's withdrawal, and one naming it as right holder relies on its
 * `foreignInvested`. Undefined for a subgraph naming none. Entities are found by their class name, the typename.
 */
export function enterpriseNaming(subgraph: SubgraphName): DependentFinder | undefined {
  const records = ENTERPRISE_RECORDS.filter((r) => r.subgraph === subgraph);
  if (!records.length) return undefined;
  return {
    owner: Agency.SAIC,
    async find(ctx, creditCode) {
      const found = await Promise.all(records.map(async (r) => {
        const rows = await ctx.em.find<{ id?: string; region?: string }>(r.typename, { [r.field]: creditCode } as never);
        const meta = ctx.em.getMetadata().find(r.typename)!;
        return rows.map((row) => ({
          type: r.typename, id: String((row as Record<string, unknown>)[meta.primaryKeys[0]]), region: row.region ?? "000000", relies: r.holder ? ["foreignInvested"] : [],
        }));
      }));
      // a record naming it twice (right holder and infringer) is one dependent, relying on the most
      const byId = new Map<string, Omit<RecordDependent, "subgraph">>();
      for (const d of found.flat()) {
        const seen = byId.get(`${d.type}:${d.id}`);
        byId.set(`${d.type}:${d.id}`, seen && seen.relies.length >= d.relies.length ? seen : d);
      }
      return [...byId.values()];
    },
  };
}
