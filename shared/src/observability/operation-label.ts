import { Kind, type FieldNode } from "graphql";
import type { OperationLabeller } from "./requests";

/**
 * A subgraph's operation label: its first root field (`saicCase`, `createSaicCase`), and for
 * `_entities` the type asked for (`_entities:SaicCase`). Both come from the schema, so the label set
 * is bounded whatever the caller names its operation (the gateway's names embed the client's).
 */
export const rootFieldLabel: OperationLabeller = ({ operation, schema, request }) => {
  const field = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value !== "__typename");
  if (!field) return undefined;
  const name = field.name.value;
  if (name !== "_entities") return name;
  const argument = field.arguments?.find((a) => a.name.value === "representations")?.value;
  const representations = argument?.kind === Kind.VARIABLE ? request.variables?.[argument.name.value] : undefined;
  const typename = Array.isArray(representations) ? (representations[0] as { __typename?: unknown } | undefined)?.__typename : undefined;
  // only a type the schema has: a made-up __typename must not become a label
  return typeof typename === "string" && schema.getType(typename) ? `_entities:${typename}` : name;
};
