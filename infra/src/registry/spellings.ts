import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, readManifests } from "./manifests";

/**
 * The hallway measure of the agency registry: source files that spell out six or more agency names
 * (subgraph names or agency codes, as whole words, any case). Tests, generated files, migrations,
 * docs/ (prose and measured results such as the bench's JSON, one figure per process) and
 * package.json do not count; an agency's own folder does.
 */
export const MAX_NAMES = 6;

const SOURCE = /\.(ts|js|mjs|cjs|json|ya?ml)$/;
const NOT_COUNTED = [/(^|\/)(node_modules|dist)\//, /\.test\.ts$/, /(^|\/)__tests__\//, /^test\//, /generated/, /(^|\/)migrations\//, /^docs\//, /(^|\/)package(-lock)?\.json$/];

export function filesSpellingAgencies(root = ROOT): Array<{ file: string; names: string[] }> {
  const names = [...new Set(readManifests(root).flatMap((m) => [m.name, ...(m.agency ? [m.agency.toLowerCase()] : [])]))];
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((f) => SOURCE.test(f) && !NOT_COUNTED.some((re) => re.test(f)));
  return files
    .map((file) => {
      let text: string;
      try {
        text = readFileSync(path.join(root, file), "utf8").toLowerCase();
      } catch {
        return { file, names: [] }; // listed but deleted in the working tree
      }
      return { file, names: names.filter((n) => new RegExp(`\\b${n}\\b`).test(text)) };
    })
    .filter((f) => f.names.length >= MAX_NAMES)
    .sort((a, b) => b.names.length - a.names.length || a.file.localeCompare(b.file));
}

if (require.main === module) {
  const found = filesSpellingAgencies();
  for (const { file, names } of found) console.log(`${names.length}  ${file}`);
  console.log(`${found.length} source files spell out ${MAX_NAMES} or more agency names`);
}
