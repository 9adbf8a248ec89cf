import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import type { LimitSettings } from "../config";
import { maxCostRule } from "./cost";
import { refusal, type GatewayRefusalCode } from "./errors";
import { introspectionDepthRule, noIntrospectionRule } from "./introspection";
import { maxRootFieldsRule } from "./root-fields";

export interface GraphQLLimits {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  /** `maxTokens` stops graphql-js's parser itself, before a document is built */
  parseOptions: { maxTokens: number };
}

/** graphql-armor reports through these instead of throwing: each limit keeps its own code (and HTTP 400). */
const reportAs = (code: GatewayRefusalCode) => [
  (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(refusal(code, error.message.replace(/^Syntax Error: /, ""))),
];

/**
 * The static limits on a GraphQL document, checked once per distinct document (Apollo Server caches
 * validated documents): depth, aliases and directives by graphql-armor; root fields, estimated
 * cost and (when off) introspection by the gateway's own rules; tokens by the parser.
 */
export function graphqlLimits(limits: LimitSettings, introspection: boolean): GraphQLLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, propagateOnRejection: false, onReject: reportAs("QUERY_TOO_DEEP") },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: reportAs("TOO_MANY_ALIASES") },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: reportAs("TOO_MANY_DIRECTIVES") },
    // armor's own cost is per field without list multiplication (limits/cost.ts multiplies), and its
    // token plugin throws from a hook (a 500 in Apollo Server 5): the parser's maxTokens is used instead
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // "Did you mean …?" tells field names: hidden when introspection is off
    blockFieldSuggestion: { enabled: !introspection },
  }).protect();
  return {
    validationRules: [
      ...armor.validationRules,
      maxRootFieldsRule(limits.maxRootFields),
      introspectionDepthRule(limits.maxIntrospectionDepth),
      maxCostRule(limits.maxCost, { listFactor: limits.costListFactor, defaultFirst: limits.costDefaultFirst, maxFirst: limits.costMaxFirst }),
      ...(introspection ? [] : [noIntrospectionRule]),
    ],
    plugins: armor.plugins,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
