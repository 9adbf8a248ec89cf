import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A stub's instances: just the key, which is all a subgraph holds of another agency's entity. */
export type StubOf<K extends string> = Record<K, string>;

export interface EntityStubOptions<K extends string> {
  /** The key field; `id` (an ID) unless the owner keys the type otherwise, e.g. `creditCode` (a String). */
  key?: K;
  description?: string;
}

/**
 * Another agency's entity as this subgraph sees it: its `@key` field only. The subgraph adds its
 * own fields with a `@Resolver(() => ThatClass)`. Declare a subgraph's stubs together in its
 * `src/entities/foreign.ts`, named as the owner's GraphQL type:
 * `export const Person = EntityStub("Person"); export type Person = InstanceType<typeof Person>;`
 */
export function EntityStub<K extends string = "id">(typename: string, options: EntityStubOptions<K> = {}) {
  const key = options.key ?? "id";
  @Directive(`@key(fields: "${key}")`)
  @ObjectType(typename, options.description ? { description: options.description } : {})
  class Stub {}
  // no description on the key: the owner's is the one that counts, and a stub's cannot disagree with it
  Field(() => (key === "id" ? ID : String))(Stub.prototype, key);
  return Stub as unknown as new () => StubOf<K>;
}

/** SAIC's enterprise, keyed by its credit code: the stub most agencies add their cases to. */
export const EnterpriseStub = () =>
  EntityStub("Enterprise", {
    key: "creditCode",
    description: "An enterprise on the market-regulation register",
  });
