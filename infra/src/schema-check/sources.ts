import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { SUPERGRAPH_PATH } from "@ipr/gateway";
import { SUBGRAPH_SCHEMAS_DIR } from "../compose";
import type { SchemaSet } from "./compare";

/**
 * Where the compared schemas come from: the working files (gateway/supergraph.graphql and
 * gateway/subgraphs/*.graphql, kept fresh by `npm run compose`), the same files at a git ref, or the
 * committed baseline (gateway/schema-baseline/: the schema clients were last promised).
 */
export const ROOT = join(dirname(SUPERGRAPH_PATH), "..");
export const BASELINE_DIR = join(dirname(SUPERGRAPH_PATH), "schema-baseline");
const rel = (path: string) => relative(ROOT, path);

function readSet(supergraphPath: string, subgraphsDir: string): SchemaSet {
  const subgraphs = existsSync(subgraphsDir)
    ? Object.fromEntries(
        readdirSync(subgraphsDir)
          .filter((f) => f.endsWith(".graphql"))
          .sort()
          .map((f) => [f.slice(0, -".graphql".length), readFileSync(join(subgraphsDir, f), "utf8")]),
      )
    : {};
  return { supergraph: existsSync(supergraphPath) ? readFileSync(supergraphPath, "utf8") : undefined, subgraphs };
}

export const workingSet = (): SchemaSet => readSet(SUPERGRAPH_PATH, SUBGRAPH_SCHEMAS_DIR);
export const baselineSet = (dir = BASELINE_DIR): SchemaSet => readSet(join(dir, "supergraph.graphql"), join(dir, "subgraphs"));

/** Writes a set as the new baseline (stray subgraph files removed). */
export function writeBaseline(set: SchemaSet, dir = BASELINE_DIR): void {
  rmSync(join(dir, "subgraphs"), { recursive: true, force: true });
  mkdirSync(join(dir, "subgraphs"), { recursive: true });
  if (set.supergraph) writeFileSync(join(dir, "supergraph.graphql"), set.supergraph);
  for (const [name, sdl] of Object.entries(set.subgraphs)) writeFileSync(join(dir, "subgraphs", `${name}.graphql`), sdl);
}

const git = (...args: string[]) => execFileSync("git", ["-C", ROOT, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 << 20 });
const gitOrUndefined = (...args: string[]) => {
  try {
    return git(...args);
  } catch {
    return undefined;
  }
};

/**
 * The schemas at a git ref, or undefined when the ref is not there (no git, a shallow clone, a
 * branch never fetched). A subgraph whose file the ref lacks (a ref older than the per-subgraph
 * files) is taken from the baseline, and a note says so.
 */
export function gitSet(ref: string, notes: string[]): SchemaSet | undefined {
  if (gitOrUndefined("rev-parse", "--verify", "--quiet", `${ref}^{commit}`) === undefined) return undefined;
  const supergraph = gitOrUndefined("show", `${ref}:${rel(SUPERGRAPH_PATH)}`);
  const dir = rel(SUBGRAPH_SCHEMAS_DIR);
  const files = (gitOrUndefined("ls-tree", "--name-only", `${ref}:${dir}`) ?? "").split("\n").filter((f) => f.endsWith(".graphql"));
  const subgraphs: Record<string, string> = Object.fromEntries(
    files.map((f) => [f.slice(0, -".graphql".length), git("show", `${ref}:${dir}/${f}`)]),
  );
  if (!files.length) {
    const baseline = baselineSet().subgraphs;
    Object.assign(subgraphs, baseline);
    notes.push(`${ref} has no ${dir}/*.graphql: the subgraphs were compared with the committed baseline ${rel(BASELINE_DIR)}/subgraphs`);
  }
  return { supergraph, subgraphs };
}

/** The schemas at `ref`, falling back to the committed baseline (with a note) when the ref is missing. */
export function referenceSet(ref: string, notes: string[]): SchemaSet {
  const atRef = gitSet(ref, notes);
  if (atRef) return atRef;
  // a clone has the branch it checked out; the others only as remote-tracking branches
  const atRemote = gitSet(`origin/${ref}`, notes);
  if (atRemote) {
    notes.push(`no local ${ref}: compared with origin/${ref}`);
    return atRemote;
  }
  notes.push(`git ref ${ref} not found (a shallow clone or no such branch?): compared with the committed baseline ${rel(BASELINE_DIR)}/ instead`);
  return baselineSet();
}
