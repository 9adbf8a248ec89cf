import { CriticalityLevel, diff } from "@graphql-inspector/core";
import { manifestOf, type SubgraphName } from "@ipr/shared";
import { ownersOf, subgraphApiSchema, supergraphApiSchema, supergraphOwners } from "./schemas";

/** The schemas of one state of the repository: the composed supergraph and each subgraph's printed schema. */
export interface SchemaSet {
  supergraph?: string;
  subgraphs: Record<string, string>;
}

export type Level = "BREAKING" | "DANGEROUS";

/** A breaking or dangerous change, in the supergraph or in one subgraph's own schema. */
export interface Finding {
  /** `supergraph`, or the subgraph whose printed schema changed */
  schema: string;
  level: Level;
  /** The schema coordinate, e.g. `MonthlyReport.trademarkCases` (the change type when it has none) */
  path: string;
  message: string;
  /** The subgraphs that answer for the changed element: their agencies' clients are affected */
  subgraphs: string[];
}

const LEVELS: Record<string, Level | undefined> = { [CriticalityLevel.Breaking]: "BREAKING", [CriticalityLevel.Dangerous]: "DANGEROUS" };

/** "saic (SAIC)": a subgraph with the agency whose clients call it, when it answers for one. */
export function describeSubgraph(name: string): string {
  const agency = manifestOf(name as SubgraphName)?.agency;
  return agency ? `${name} (${agency})` : name;
}

async function changes(schema: string, before: ReturnType<typeof supergraphApiSchema>, after: typeof before, owners: (path?: string) => string[]) {
  const found = await diff(before, after);
  return found.flatMap((change): Finding[] => {
    const level = LEVELS[change.criticality.level];
    if (!level) return [];
    return [{ schema, level, path: change.path ?? change.type, message: change.message, subgraphs: owners(change.path) }];
  });
}

/**
 * The breaking and dangerous changes from `before` to `after`: the supergraph's API schema (owners
 * from its join__ directives) and every subgraph present in both (owned by that subgraph). Notes
 * say what could not be compared.
 */
export async function compareSchemas(before: SchemaSet, after: SchemaSet): Promise<{ findings: Finding[]; notes: string[] }> {
  const findings: Finding[] = [];
  const notes: string[] = [];
  if (before.supergraph && after.supergraph) {
    const maps = [supergraphOwners(before.supergraph), supergraphOwners(after.supergraph)];
    findings.push(
      ...(await changes("supergraph", supergraphApiSchema(before.supergraph), supergraphApiSchema(after.supergraph), (path) => ownersOf(maps, path))),
    );
  } else {
    notes.push("no supergraph on one side: it was not compared");
  }
  for (const name of Object.keys(after.subgraphs)) {
    if (!(name in before.subgraphs)) {
      notes.push(`${name}: new subgraph, nothing to compare it with`);
      continue;
    }
    findings.push(...(await changes(name, subgraphApiSchema(before.subgraphs[name]), subgraphApiSchema(after.subgraphs[name]), () => [name])));
  }
  for (const name of Object.keys(before.subgraphs)) if (!(name in after.subgraphs)) notes.push(`${name}: subgraph removed (its fields show in the supergraph's changes)`);
  return { findings, notes };
}
