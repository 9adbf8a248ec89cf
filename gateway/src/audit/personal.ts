import {
  Kind, TypeInfo, getNamedType, getNullableType, isInputObjectType, isListType, typeFromAST, visit, visitWithTypeInfo,
  type DocumentNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode, type ValueNode,
} from "graphql";

/**
 * An argument or input field holds personal data when its schema description says so ("personal
 * data", as the kit's `personal` text fields print it): the owning agency declares it once, on its
 * input, and the audit trail redacts it wherever it appears, whatever the client names its variables.
 */
export const isPersonal = (def: { description?: string | null }): boolean => /\bpersonal data\b/i.test(def.description ?? "");

const variablesIn = (value: ValueNode, into: Set<string>): void => {
  if (value.kind === Kind.VARIABLE) into.add(value.name.value);
  else if (value.kind === Kind.LIST) value.values.forEach((v) => variablesIn(v, into));
  else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => variablesIn(f.value, into));
};

/** The variables the operation passes into a personal argument or input field (e.g. `contactPhone: $phone`). */
function personalVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Set<string> {
  const found = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        if (arg && isPersonal(arg)) variablesIn(node.value, found);
      },
      ObjectField(node) {
        const parent = getNamedType(typeInfo.getParentInputType() ?? undefined);
        const field = parent && isInputObjectType(parent) ? parent.getFields()[node.name.value] : undefined;
        if (field && isPersonal(field)) variablesIn(node.value, found);
      },
    }),
  );
  return found;
}

/** A variable's value with every personal input field inside it replaced, walked by its declared type. */
function redactTyped(value: unknown, type: GraphQLInputType, redacted: string): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) return Array.isArray(value) ? value.map((v) => redactTyped(v, nullable.ofType, redacted)) : redactTyped(value, nullable.ofType, redacted);
  if (!isInputObjectType(nullable) || typeof value !== "object" || Array.isArray(value)) return value;
  const fields = nullable.getFields();
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const field = fields[key];
      if (!field) return [key, v];
      return [key, isPersonal(field) && v !== null && v !== undefined ? redacted : redactTyped(v, field.type, redacted)];
    }),
  );
}

/** Which variables of an operation are personal as a whole, and each variable's declared type. */
interface VariablePlan {
  whole: Set<string>;
  types: Map<string, GraphQLInputType | undefined>;
}

// Apollo Server keeps one parsed document per query text, so the plan is worked out once per
// operation of a document, not on every request (the audit sees every request)
const plans = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, VariablePlan | null>>>();

function planOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): VariablePlan | null {
  let bySchema = plans.get(schema);
  if (!bySchema) plans.set(schema, (bySchema = new WeakMap()));
  let byName = bySchema.get(document);
  if (!byName) bySchema.set(document, (byName = new Map()));
  const key = operationName ?? "";
  if (byName.has(key)) return byName.get(key)!;
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const plan = operation
    ? {
        whole: personalVariables(schema, operation),
        types: new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, typeFromAST(schema, d.type as never) as GraphQLInputType | undefined])),
      }
    : null;
  byName.set(key, plan);
  return plan;
}

/**
 * The operation's variables with the personal data its schema declares replaced by `redacted`: a
 * variable used as a personal argument or field as a whole, and personal fields inside input objects.
 */
export function redactPersonalByType(
  variables: Record<string, unknown>,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  redacted: string,
): Record<string, unknown> {
  if (Object.keys(variables).length === 0) return variables;
  const plan = planOf(schema, document, operationName);
  if (!plan) return variables;
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => {
      if (plan.whole.has(name) && value !== null && value !== undefined) return [name, redacted];
      const type = plan.types.get(name);
      return [name, type ? redactTyped(value, type, redacted) : value];
    }),
  );
}
