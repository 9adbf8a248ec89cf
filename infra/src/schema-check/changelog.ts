import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding, Level } from "./compare";

/**
 * docs/schema-changelog.md: the breaking and dangerous schema changes that were made on purpose.
 * Each row of its table names a change by level and path (`| 2025-01-31 | BREAKING | Type.field | why |`);
 * a row acknowledges every finding with that level and path, in the supergraph and in a subgraph.
 */
export const CHANGELOG_PATH = join(__dirname, "..", "..", "..", "docs", "schema-changelog.md");

export interface ChangelogEntry {
  date: string;
  level: Level;
  path: string;
  reason: string;
}

export function parseChangelog(markdown: string): ChangelogEntry[] {
  return markdown.split("\n").flatMap((line): ChangelogEntry[] => {
    if (!line.trim().startsWith("|")) return [];
    const cells = line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim().replace(/^`|`$/g, ""));
    const [date, level, path, reason = ""] = cells;
    if (level !== "BREAKING" && level !== "DANGEROUS") return [];
    return [{ date, level, path, reason }];
  });
}

export const readChangelog = (path = CHANGELOG_PATH): ChangelogEntry[] => (existsSync(path) ? parseChangelog(readFileSync(path, "utf8")) : []);

export const acknowledgement = (entries: ChangelogEntry[], finding: Finding) =>
  entries.find((e) => e.level === finding.level && e.path === finding.path);

/** The breaking findings no changelog entry acknowledges: these fail the check and the test. */
export const unacknowledgedBreaking = (findings: Finding[], entries: ChangelogEntry[]) =>
  findings.filter((f) => f.level === "BREAKING" && !acknowledgement(entries, f));
