import type { ASTVisitor, FieldNode, ValidationContext } from "graphql";
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
