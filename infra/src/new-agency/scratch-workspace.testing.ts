import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../registry/manifests";

/*
 * A scratch copy of the workspace in a temporary directory, for running `npm run new-agency` without
 * touching the repository. It holds what the scaffold reads and writes (every manifest, the kit's
 * sources, the README, the package files), and the other packages as they are built (`dist`), which
 * read the agency registry from the kit at run time and so see an agency the kit is rebuilt with.
 * Its node_modules links every installed package, and `@ipr/*` to the scratch copies (what
 * `npm install` does for a workspace).
 */

const bin = (pkg: string, file: string) => path.join(ROOT, "node_modules", pkg, file);
export const TSX = bin("tsx", "dist/cli.mjs");
export const TSC = bin("typescript", "bin/tsc");
export const JEST = bin("jest", "bin/jest.js");

export class ScratchWorkspace {
  private constructor(readonly root: string) {}

  static create(): ScratchWorkspace {
    const ws = new ScratchWorkspace(mkdtempSync(path.join(tmpdir(), "ipr-new-agency-")));
    const copy = (rel: string) => existsSync(path.join(ROOT, rel)) && cpSync(path.join(ROOT, rel), path.join(ws.root, rel), { recursive: true });
    const link = (rel: string) => existsSync(path.join(ROOT, rel)) && symlinkSync(path.join(ROOT, rel), path.join(ws.root, rel));
    for (const file of ["package.json", "tsconfig.base.json", "jest.preset.js", "README.md"]) copy(file);
    for (const file of readdirSync(path.join(ROOT, "infra")).filter((f) => f.endsWith(".mjs"))) copy(`infra/${file}`);
    for (const pkg of ["shared", "infra", "gateway", "console", "test"]) {
      copy(`${pkg}/package.json`);
      link(`${pkg}/node_modules`);
    }
    for (const rel of ["shared/src", "shared/tsconfig.json", "shared/tsconfig.build.json", "infra/src", "infra/dist", "gateway/dist", "gateway/subgraphs", "gateway/supergraph.graphql", "console/saved-operations.json"]) copy(rel);
    for (const name of readdirSync(path.join(ROOT, "subgraphs")).filter((n) => existsSync(path.join(ROOT, "subgraphs", n, "src/manifest.ts")))) {
      for (const rel of ["package.json", "src/manifest.ts", "dist"]) copy(`subgraphs/${name}/${rel}`);
    }
    mkdirSync(path.join(ws.root, "node_modules/@ipr"), { recursive: true });
    for (const entry of readdirSync(path.join(ROOT, "node_modules")).filter((e) => e !== "@ipr" && e !== ".bin")) link(`node_modules/${entry}`);
    ws.linkWorkspaces();
    return ws;
  }

  /** `node_modules/@ipr/<package>` for every workspace package, as `npm install` links them. */
  linkWorkspaces() {
    const packages = [
      ...["shared", "infra", "gateway", "console", "test"].map((p) => [p, p]),
      ...readdirSync(path.join(this.root, "subgraphs")).map((n) => [n, `subgraphs/${n}`]),
    ];
    for (const [name, dir] of packages) {
      const at = path.join(this.root, "node_modules/@ipr", name);
      if (!existsSync(at) && existsSync(path.join(this.root, dir))) symlinkSync(path.join(this.root, dir), at);
    }
  }

  /** Runs a node script in the workspace (cwd relative to its root); fails with its output unless it exits 0. */
  run(script: string, args: string[], cwd = "."): string {
    const res = spawnSync(process.execPath, [script, ...args], { cwd: path.join(this.root, cwd), encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
    const output = `${res.stdout}\n${res.stderr}`;
    if (res.status !== 0) throw new Error(`${path.basename(script)} ${args.join(" ")} (in ${cwd}) exited ${res.status}:\n${output.slice(-6000)}`);
    return output;
  }

  path(rel: string) {
    return path.join(this.root, rel);
  }

  remove() {
    rmSync(this.root, { recursive: true, force: true });
  }
}
