import { Kind, type ASTVisitor, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";
import { refusal } from "./errors";

/**
 * Distinct top-level fields of each operation (by response key, through fragments; `__typename`
 * is free): many cheap root fields in one document fan out to every subgraph at once.
 * Refused with TOO_MANY_ROOT_FIELDS.
 */
export function maxRootFieldsRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const keys = new Set<string>();
      collect(context, operation.selectionSet, keys, new Set());
      if (keys.size > max)
        context.reportError(refusal("TOO_MANY_ROOT_FIELDS", `operation has ${keys.size} top-level fields; at most ${max} are allowed`, [operation]));
    },
  });
}

function collect(context: ValidationContext, set: SelectionSetNode, keys: Set<string>, seen: Set<string>) {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== "__typename") keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(context, selection.selectionSet, keys, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) collect(context, fragment.selectionSet, keys, seen);
    }
  }
}
