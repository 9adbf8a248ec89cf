import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { AgencyManifest } from "@ipr/shared";

/** The repository's root (this file is infra/src/registry/ or infra/dist/registry/). */
export const ROOT = path.resolve(__dirname, "../../..");

/**
 * Every agency's manifest, read from `subgraphs/<name>/src/manifest.ts` (TypeScript sources, loaded
 * by tsx or jest), in port order. Discovered by folder: adding an agency adds a folder, nothing else.
 */
export function readManifests(root = ROOT): AgencyManifest[] {
  const dir = path.join(root, "subgraphs");
  const manifests = readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, "src/manifest.ts")))
    .map((name) => {
      const { manifest } = require(path.join(dir, name, "src/manifest.ts")) as { manifest?: AgencyManifest };
      if (!manifest) throw new Error(`subgraphs/${name}/src/manifest.ts exports no \`manifest\``);
      if (manifest.name !== name) throw new Error(`subgraphs/${name}: the manifest's name is "${manifest.name}", not its folder's`);
      return manifest;
    });
  return checkManifests(manifests.sort((a, b) => a.port - b.port));
}

const unique = <T>(what: string, values: T[]) => {
  const seen = new Set<T>();
  for (const v of values) {
    if (seen.has(v)) throw new Error(`two agencies declare the same ${what}: ${String(v)}`);
    seen.add(v);
  }
};

/** What must hold across manifests (one owner per port, code, line, case type) and within each. */
export function checkManifests(manifests: AgencyManifest[]): AgencyManifest[] {
  unique("name", manifests.map((m) => m.name));
  unique("port", manifests.map((m) => m.port));
  unique("agency code", manifests.flatMap((m) => (m.agency ? [m.agency] : [])));
  unique("monthly-table line", manifests.flatMap((m) => (m.reportLines ?? []).map((l) => l.line)));
  unique("referable case type", manifests.flatMap((m) => (m.referable ?? []).map((r) => r.caseType)));
  for (const m of manifests) {
    if (!/^[a-z][a-z0-9]*$/.test(m.name)) throw new Error(`${m.name}: a subgraph name is lower-case letters and digits`);
    if (m.agency && !/^[A-Z][A-Z0-9_]*$/.test(m.agency)) throw new Error(`${m.name}: an agency code is upper-case, e.g. COMMERCE`);
    if ((m.reportLines?.length || m.referable?.length) && !m.agency) throw new Error(`${m.name}: lines and referable cases belong to an agency`);
    for (const line of m.reportLines ?? []) {
      const measures = new Set(line.measures.map((x) => x.measure));
      for (const row of line.rows)
        for (const ref of [row.count, row.amount])
          if (ref !== undefined && !measures.has(ref)) throw new Error(`${m.name}: row "${row.item}" of ${line.line} names no measure ${ref}`);
    }
    for (const r of m.referable ?? []) {
      const facts = new Set(r.facts.map((f) => f.name));
      if (!facts.has(r.dateField)) throw new Error(`${m.name}: ${r.caseType}'s facts must include its date ${r.dateField}`);
      for (const rule of r.thresholds)
        for (const name of [...Object.keys(rule.when ?? {}), ...Object.values(rule.measures ?? {})])
          if (!facts.has(name)) throw new Error(`${m.name}: a threshold rule of ${r.caseType} reads ${name}, which is not among its facts`);
    }
  }
  return manifests;
}
