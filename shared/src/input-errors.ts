import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, BREAK, type DocumentNode, type ValueNode } from "graphql";

/**
 * Values refused by GraphQL itself, before any resolver: a variable that fails its type or scalar
 * (`"NaN"` for a Decimal, 2018-02-30 for a Date, 10^30 for an Int) or an inline literal that does.
 * graphql-js reports them in words only; this names the input the caller got wrong, as every other
 * refusal does (`extensions.field`, e.g. `input.amountInvolved`), with the code BAD_USER_INPUT.
 */

/** `Variable "$input" got invalid value "NaN" at "input.amountInvolved"; …` and its siblings. */
const VARIABLE = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" (?:got invalid value .*? at "\1((?:\.[_A-Za-z][_0-9A-Za-z]*|\[\d+\])*)"|got invalid value|of (?:required|non-null) type)/s;
/** graphql-js's ValuesOfCorrectTypeRule: a literal of the wrong shape, or a missing / unknown input field. */
const LITERAL = /^(Expected value of type |Field "[^"]+" of required type "[^"]+" was not provided|Field "[^"]+" is not defined by type )/;

/** The argument path of the first place `$name` is used: `createSaicCase(input: { amountInvolved: $amount })` → `input.amountInvolved`. */
function pathOf(document: DocumentNode, matches: (value: ValueNode) => boolean): string | undefined {
  let found: string | undefined;
  const search = (value: ValueNode, path: string): string | undefined => {
    if (matches(value)) return path;
    if (value.kind === Kind.OBJECT) for (const f of value.fields) {
      const hit = search(f.value, `${path}.${f.name.value}`);
      if (hit) return hit;
    }
    if (value.kind === Kind.LIST) for (const [i, item] of value.values.entries()) {
      const hit = search(item, `${path}[${i}]`);
      if (hit) return hit;
    }
    return undefined;
  };
  visit(document, {
    Argument(arg) {
      found = search(arg.value, arg.name.value);
      return found ? BREAK : undefined;
    },
  });
  return found;
}

/** The input a GraphQL-level refusal is about, or undefined when it is not about a value. */
export function refusedInputField(error: GraphQLError, document: DocumentNode | undefined): string | undefined {
  const variable = VARIABLE.exec(error.message);
  if (variable) {
    const [, name, inner = ""] = variable;
    const usage = document && pathOf(document, (v) => v.kind === Kind.VARIABLE && v.name.value === name);
    return `${usage ?? name}${inner}`;
  }
  if (LITERAL.test(error.message)) {
    const node = error.nodes?.[0];
    const at = node && document && pathOf(document, (v) => v === node || (!!v.loc && v.loc.start === node.loc?.start && v.kind === node.kind));
    if (at) return at;
    // an unknown input field is reported at the field, not at a value
    if (node?.kind === Kind.OBJECT_FIELD && document) return pathOf(document, (v) => v.kind === Kind.OBJECT && v.fields.includes(node))?.concat(`.${node.name.value}`);
    return undefined;
  }
  return undefined;
}

/**
 * Gives value refusals their code and field. In a subgraph it also answers them with HTTP 200, as
 * every other refusal is answered: the gateway reads a non-2xx answer as a failed service and would
 * tell the caller "Internal server error" instead of what was wrong.
 */
export function inputErrorsPlugin(opts: { status200: boolean }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, document }) {
          for (const error of errors) {
            const field = refusedInputField(error, document);
            if (!field) continue;
            const extensions = error.extensions as Record<string, unknown>;
            extensions.code = "BAD_USER_INPUT";
            extensions.field = field;
            if (opts.status200) extensions.http = { status: 200 };
          }
        },
      };
    },
  };
}
