import { Kind, type ASTVisitor, type FieldNode, type SelectionSetNode, type ValidationContext } from "graphql";
import { refusal } from "./errors";

/**
 * With `INTROSPECTION=false`: `__schema` and `__type` are refused with INTROSPECTION_DISABLED
 * (`__typename` stays, clients need it). Unauthenticated callers never get this far either way.
 */
export function noIntrospectionRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node: FieldNode) {
      const name = node.name.value;
      if (name === "__schema" || name === "__type")
        context.reportError(refusal("INTROSPECTION_DISABLED", `introspection is disabled on this gateway (${name})`, [node]));
    },
  };
}

/**
 * Introspection is bounded like any query. `__type` falls under the ordinary depth limit;
 * `__schema` gets its own, `max`, because GraphiQL's standard introspection query is 15 deep. It
 * is counted through `ofType` (the classic 40-deep `ofType { ofType { … } }` probe), through
 * fragments (flattened, each followed once per path so a cycle cannot loop) and whatever the alias.
 */
export function introspectionDepthRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const depthOf = (set: SelectionSetNode, via: ReadonlySet<string>): number => {
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, via) : 1);
        else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection.selectionSet, via));
        else if (!via.has(selection.name.value)) {
          const fragment = context.getFragment(selection.name.value);
          if (fragment) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...via, selection.name.value])));
        }
        if (deepest > max) return deepest; // no need to measure further
      }
      return deepest;
    };
    return {
      Field(node: FieldNode) {
        const name = node.name.value;
        if (name !== "__schema" || !node.selectionSet) return;
        const depth = 1 + depthOf(node.selectionSet, new Set());
        if (depth > max)
          context.reportError(refusal("QUERY_TOO_DEEP", `introspection nested deeper than ${max} levels under ${name}`, [node]));
      },
    };
  };
}
