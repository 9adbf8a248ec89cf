import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  parse,
  validate,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
} from "graphql";
import { refusal } from "./errors";

export interface CostOptions {
  /** Assumed length of a plain list field (no `first`): a case's referrals, a criminal case's suspects. */
  listFactor: number;
  /** Page size assumed for a connection (or a field with a `first` argument) when `first` is absent. */
  defaultFirst: number;
  /** The largest page; larger `first`s count as this, and a `$first` without a default counts as this too. */
  maxFirst: number;
}

/**
 * The estimated work of one operation: every field costs 1 for each time it is resolved, and the
 * times multiply down the tree: a connection (a field with `first`, or returning a `…Connection`)
 * by its page size (`first`, clamped to 1…maxFirst, `defaultFirst` when absent); a plain list by
 * `listFactor`; `edges`/`nodes` inside a connection do not multiply again (the page was counted).
 * E.g. `saicCases(first: 100) { edges { node { referrals { criminalCase { suspects { name } } } } } }`
 * = 1 + 100·3 (edges, node, referrals) + 300·2 (criminalCase, suspects) + 900·1 (name) = 1801.
 * Introspection is costed like any other query (`__schema { types { fields … } }` multiplies
 * down its lists); only `__typename` is free.
 * Fragments are costed once each (the cost is linear in the multiplier), so fragment fan-out
 * cannot make the estimate itself expensive.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  getFragment: (name: string) => FragmentDefinitionNode | undefined | null,
  options: CostOptions,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragmentCost = new Map<string, number>();
  const inProgress = new Set<string>();

  const pageSize = (field: GraphQLField<unknown, unknown>, node: FieldNode): number | null => {
    const argument = field.args.find((a) => a.name === "first") ?? field.args.find((a) => a.name === "last");
    const connection = isConnection(getNamedType(field.type));
    if (!argument && !connection) return null;
    const given = argument && node.arguments?.find((a) => a.name.value === argument.name)?.value;
    let size: number | null = given ? intValue(given, operation, options.maxFirst) : null;
    if (size === null && argument && typeof argument.defaultValue === "number") size = argument.defaultValue;
    return clamp(size ?? options.defaultFirst, options.maxFirst);
  };

  const selectionCost = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === "__typename") continue;
        const field = name === "__schema" ? SchemaMetaFieldDef : name === "__type" ? TypeMetaFieldDef
          : parent && "getFields" in parent ? parent.getFields()[name] : undefined;
        if (!field) continue; // unknown fields are refused by the standard rules
        cost += 1;
        if (!selection.selectionSet) continue;
        const insideConnection = parent !== undefined && isConnection(parent);
        const factor = pageSize(field as GraphQLField<unknown, unknown>, selection) ??
          (isListType(getNullableType(field.type)) && !insideConnection ? options.listFactor : 1);
        cost += factor * selectionCost(selection.selectionSet, getNamedType(field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) ?? undefined : parent;
        cost += selectionCost(selection.selectionSet, type);
      } else {
        const name = selection.name.value;
        if (!fragmentCost.has(name)) {
          if (inProgress.has(name)) continue; // a cycle: refused by NoFragmentCycles
          const fragment = getFragment(name);
          if (!fragment) continue;
          inProgress.add(name);
          fragmentCost.set(name, selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined));
          inProgress.delete(name);
        }
        cost += fragmentCost.get(name)!;
      }
    }
    return cost;
  };

  return selectionCost(operation.selectionSet, root);
}

const clamp = (n: number, max: number) => Math.min(Math.max(Math.trunc(n), 1), max);

function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith("Connection") && "edges" in type.getFields();
}

/** An Int literal, or a variable's literal default; a variable without one may be anything: `whenUnknown`. */
function intValue(value: ValueNode, operation: OperationDefinitionNode, whenUnknown: number): number | null {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === value.name.value);
    const fallback = definition?.defaultValue;
    return fallback?.kind === Kind.INT ? Number(fallback.value) : whenUnknown;
  }
  return null;
}

/** Validation rule: refuses an operation whose estimated cost exceeds `max` with QUERY_TOO_COSTLY. */
export function maxCostRule(max: number, options: CostOptions) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const cost = operationCost(context.getSchema(), operation, (name) => context.getFragment(name), options);
      if (cost > max)
        context.reportError(refusal("QUERY_TOO_COSTLY", `estimated query cost ${Number.isFinite(cost) ? Math.round(cost) : "∞"} exceeds the maximum of ${max}`, [operation]));
    },
  });
}

/** The cost of each operation of a document (for tests and tooling); throws on an invalid document. */
export function documentCost(schema: GraphQLSchema, source: string, options: CostOptions): Record<string, number> {
  const document = parse(source);
  const invalid = validate(schema, document);
  if (invalid.length) throw new Error(invalid.map((e) => e.message).join("; "));
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const costs: Record<string, number> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION)
      costs[definition.name?.value ?? ""] = operationCost(schema, definition, (name) => fragments.get(name), options);
  return costs;
}
