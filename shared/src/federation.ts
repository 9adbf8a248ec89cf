import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { DateScalar, DateTimeScalar, DecimalScalar } from "./scalars";
import type { Context } from "./context";
import { guardInputs, textRulesOf } from "./input-guard";
import { enforceFieldPolicies } from "./policy";

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/** `__resolveReference` per entity type name, e.g. `{ SaicCase: (ref, ctx) => one(ctx, SaicCase).load(ref.id) }`. */
export type ReferenceResolvers = Record<string, (reference: Record<string, unknown>, ctx: Context) => unknown>;

export interface SchemaDefinition {
  resolvers: NonEmptyArray<Function>;
  /** Types no resolver returns directly but the schema must carry, e.g. entity stubs of other agencies. */
  orphanedTypes?: Function[];
  references?: ReferenceResolvers;
}

/**
 * type-graphql classes → a Federation 2 subgraph schema (the type-graphql apollo-federation-2 recipe).
 *
 * Nullability rule: a field this subgraph adds to another agency's entity, and a field that returns
 * another agency's entity, is declared `nullable: true`, so an outage of one agency nulls only its
 * own fields and never the parent (`MonthlyReport.courts`, `SaicCase.referrals`, `Referral.source`).
 * Non-null is a promise about one subgraph's own data. infra/src/outage-nullability.test.ts checks it.
 */
export async function buildFederatedSchema(def: SchemaDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: def.resolvers,
    orphanedTypes: def.orphanedTypes,
    scalarsMap: [
      { type: Date, scalar: DateTimeScalar },
    ],
    skipCheck: true,
    validate: false,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<Context>;
  for (const [typeName, resolveReference] of Object.entries(def.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolveReference } as never;
  }
  // the kit's scalars keep their parse/serialize logic in the built schema
  Object.assign(resolvers, { Date: DateScalar, DateTime: DateTimeScalar, Decimal: DecimalScalar });
  // every argument's strings are checked before any resolver of this subgraph runs
  // and the field policies (src/policy.ts of each subgraph) apply to every path to a field they name
  return enforceFieldPolicies(guardInputs(buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }), textRulesOf(schema)));
}
