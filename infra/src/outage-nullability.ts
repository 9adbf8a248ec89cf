import { Kind, parse, print, type ConstDirectiveNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode, type UnionTypeDefinitionNode } from "graphql";

/**
 * The nullability rule of the federation (issue 8): a field whose value needs a subgraph other than
 * the one that produced its parent must be nullable, so that subgraph's outage nulls only that
 * field, with an error naming the service, and never its parent. Two kinds of field need one:
 * - a field another agency contributes to an entity (`SaicCase.referrals` from linkage,
 *   `MonthlyReport.courts` from courts): its parent came from the entity's owner;
 * - a field that returns another agency's entity (`Referral.source`, `Prosecution.criminalCase`):
 *   the entity's own non-null fields come from its owner.
 * Non-null stays the guarantee inside one subgraph's data (`CriminalCase.suspects`, `Referral.status`).
 * This reads the composed supergraph and lists every field that breaks the rule.
 */
type Named = ObjectTypeDefinitionNode | UnionTypeDefinitionNode;
const argument = (d: ConstDirectiveNode, name: string) => {
  const value = d.arguments?.find((a) => a.name.value === name)?.value;
  return value && "value" in value ? String(value.value) : undefined;
};
const joinTypes = (d: Named) => (d.directives ?? []).filter((x) => x.name.value === "join__type");
const namedType = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type));

export function outageNullabilityViolations(supergraphSdl: string): string[] {
  const types = new Map<string, Named>();
  for (const d of parse(supergraphSdl).definitions)
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.UNION_TYPE_DEFINITION) types.set(d.name.value, d);

  /** The subgraphs that resolve a field: its own @join__field graphs, else every graph of its type. */
  const resolvedBy = (type: Named, field: FieldDefinitionNode) => {
    const own = (field.directives ?? []).filter((x) => x.name.value === "join__field" && argument(x, "graph") && argument(x, "external") !== "true");
    return (own.length ? own : joinTypes(type)).map((x) => argument(x, "graph")!);
  };
  /** An entity's owner: the subgraph that resolves most of its fields. */
  const ownerOf = (type: Named): string | undefined => {
    if (type.kind !== Kind.OBJECT_TYPE_DEFINITION || !joinTypes(type).some((x) => argument(x, "key"))) return undefined;
    const counts = new Map<string, number>();
    for (const f of type.fields ?? []) for (const g of resolvedBy(type, f)) counts.set(g, (counts.get(g) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const ownersOfValue = (name: string): string[] => {
    const type = types.get(name);
    if (!type) return [];
    if (type.kind === Kind.UNION_TYPE_DEFINITION) return (type.types ?? []).flatMap((m) => ownersOfValue(m.name.value));
    const owner = ownerOf(type);
    return owner ? [owner] : [];
  };

  const violations: string[] = [];
  for (const [name, type] of types) {
    if (type.kind !== Kind.OBJECT_TYPE_DEFINITION || name.startsWith("join__") || name === "Query" || name === "Mutation") continue;
    const home = ownerOf(type);
    for (const field of type.fields ?? []) {
      if (field.type.kind !== Kind.NON_NULL_TYPE) continue;
      const by = resolvedBy(type, field);
      const needs = new Set([...(home && !by.includes(home) ? by : []), ...ownersOfValue(namedType(field.type)).filter((o) => !by.includes(o))]);
      if (needs.size) violations.push(`${name}.${field.name.value}: ${print(field.type)} needs ${[...needs].sort().join(", ")}`);
    }
  }
  return violations.sort();
}
