import {
  buildASTSchema,
  type DirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  parse,
  visit,
} from "graphql";

/**
 * Reading the two kinds of committed schema as clients see them. A supergraph carries the federation
 * machinery (join__/link directives and their types), which clients never see and which changes
 * whenever a field moves between subgraphs; it is stripped before comparing. A printed subgraph
 * schema uses federation directives without declaring them, so it is built without SDL validation.
 */

const isFederation = (name: string) => name === "link" || name.startsWith("join__") || name.startsWith("link__");
const keepDirective = (d: DirectiveNode) => !isFederation(d.name.value);

/** The supergraph's API schema: what the gateway serves (the supergraph uses no @inaccessible). */
export function supergraphApiSchema(supergraphSdl: string): GraphQLSchema {
  const document = parse(supergraphSdl);
  const definitions = document.definitions.filter((d) => !("name" in d && d.name && isFederation(d.name.value)));
  const stripped = visit({ ...document, definitions }, {
    Directive: (node) => (keepDirective(node as DirectiveNode) ? undefined : null),
  }) as DocumentNode;
  return buildASTSchema(stripped);
}

/** A printed subgraph schema (gateway/subgraphs/<name>.graphql) as a schema to compare. */
export function subgraphApiSchema(sdl: string): GraphQLSchema {
  return buildASTSchema(parse(sdl), { assumeValidSDL: true });
}

const argument = (d: DirectiveNode, name: string) => d.arguments?.find((a) => a.name.value === name)?.value;
const graphOf = (d: DirectiveNode) => {
  const value = argument(d, "graph");
  return value?.kind === Kind.ENUM ? value.value : undefined;
};
const graphsIn = (directives: readonly DirectiveNode[] | undefined, directive: string) =>
  (directives ?? [])
    .filter((d) => d.name.value === directive && !(argument(d, "external")?.kind === Kind.BOOLEAN && (argument(d, "external") as { value: boolean }).value))
    .map(graphOf)
    .filter((g): g is string => !!g);

/**
 * Which subgraphs answer for each schema coordinate of a supergraph (`Type`, `Type.field`,
 * `Enum.VALUE`), read from its join__type / join__field / join__enumValue directives: a field
 * without join__field belongs to every subgraph of its type; an @external copy is not an owner.
 */
export function supergraphOwners(supergraphSdl: string): Map<string, string[]> {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const owners = new Map<string, string[]>();
  for (const def of document.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION && def.name.value === "join__Graph") {
      for (const v of def.values ?? []) {
        const name = v.directives?.find((d) => d.name.value === "join__graph");
        const value = name && argument(name, "name");
        if (value?.kind === Kind.STRING) graphNames.set(v.name.value, value.value);
      }
    }
  }
  const named = (graphs: string[]) => [...new Set(graphs.map((g) => graphNames.get(g) ?? g.toLowerCase()))].sort();
  for (const def of document.definitions as DefinitionNode[]) {
    if (!("name" in def) || !def.name || isFederation(def.name.value) || !("directives" in def)) continue;
    const typeName = def.name.value;
    const typeGraphs = graphsIn(def.directives, "join__type");
    owners.set(typeName, named(typeGraphs));
    const members: { name: { value: string }; directives?: readonly DirectiveNode[] }[] =
      "fields" in def && def.fields ? [...def.fields] : "values" in def && def.values ? [...def.values] : [];
    for (const member of members) {
      const own = graphsIn(member.directives, def.kind === Kind.ENUM_TYPE_DEFINITION ? "join__enumValue" : "join__field");
      owners.set(`${typeName}.${member.name.value}`, named(own.length ? own : typeGraphs));
    }
  }
  return owners;
}

/**
 * The owners of a change's path in the first owner map that knows it, trying the field
 * (`Type.field` of `Type.field.arg`) in each map before the type: a removed field is found in the
 * old supergraph, an added one in the new.
 */
export function ownersOf(maps: Map<string, string[]>[], path: string | undefined): string[] {
  const parts = (path ?? "").split(".");
  for (let n = Math.min(parts.length, 2); n > 0; n--) {
    for (const owners of maps) {
      const found = owners.get(parts.slice(0, n).join("."));
      if (found?.length) return found;
    }
  }
  return [];
}
