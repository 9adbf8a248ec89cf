import { SUBGRAPH_NAMES, type SubgraphDefinition } from "@ipr/shared";

/**
 * Every agency subgraph of this deployment, in service-map order: the registry names them, and each
 * package `@ipr/<name>` exports its definition as `<name>` (as `defineSubgraph` is written in its index.ts).
 */
export const SUBGRAPHS: SubgraphDefinition[] = SUBGRAPH_NAMES.map((name) => {
  const def = (require(`@ipr/${name}`) as Record<string, SubgraphDefinition | undefined>)[name];
  if (!def) throw new Error(`@ipr/${name} exports no \`${name}\` subgraph definition`);
  return def;
});
