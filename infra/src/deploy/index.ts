import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { compose, envExample } from "./compose";
import { dockerfile, dockerignore } from "./image";
import { kubernetesFiles } from "./kubernetes";
import { agencies, GENERATED_DIR, GENERATED_PATH } from "./settings";
import { yamlFile } from "./yaml-file";

/**
 * The deployment files, generated from the agency registry so they cannot drift from it, into
 * infra/deploy/generated: the image (`Dockerfile`, one for the whole monorepo), docker compose
 * (`compose.yaml`, an own PostgreSQL per agency) and Kubernetes (`k8s/*.yaml`). `npm run manifests`
 * writes them; `npm run manifests -- --check` exits 1 when the committed files are stale.
 * YAML is written from plain objects with the `yaml` package.
 */

export * from "./settings";
export { workspaces } from "./image";
export { READINESS_PATH, SECRET_PLACEHOLDER } from "./kubernetes";

/** Every generated file, by path relative to infra/deploy/generated. */
export function generateFiles(): Record<string, string> {
  return {
    Dockerfile: dockerfile(),
    "Dockerfile.dockerignore": dockerignore(),
    "compose.yaml": yamlFile([compose()]),
    ".env.example": envExample(),
    ...kubernetesFiles(),
  };
}

/** Files on disk in the generated folder that the generator no longer makes (e.g. a removed agency). */
function strayFiles(files: Record<string, string>): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    const abs = join(GENERATED_DIR, rel);
    if (!existsSync(abs)) return;
    for (const entry of readdirSync(abs)) {
      const path = rel ? `${rel}/${entry}` : entry;
      if (statSync(join(GENERATED_DIR, path)).isDirectory()) walk(path);
      // compose reads its secrets from .env beside compose.yaml: the operator's file, ignored by git
      else if (path !== ".env" && !(path in files)) found.push(path);
    }
  };
  walk("");
  return found;
}

/** Paths (relative to infra/deploy/generated) whose committed content differs from the generated one, or that should not exist. */
export function staleFiles(files = generateFiles()): string[] {
  const stale = Object.entries(files)
    .filter(([path, content]) => {
      const abs = join(GENERATED_DIR, path);
      return !existsSync(abs) || readFileSync(abs, "utf8") !== content;
    })
    .map(([path]) => path);
  return [...stale, ...strayFiles(files)];
}

export function writeFiles(files = generateFiles()): string[] {
  for (const path of strayFiles(files)) rmSync(join(GENERATED_DIR, path));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(GENERATED_DIR, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return Object.keys(files);
}

if (require.main === module) {
  try {
    if (process.argv.includes("--check")) {
      const stale = staleFiles();
      if (stale.length) {
        console.error(`${GENERATED_PATH} is stale (${stale.join(", ")}): run \`npm run manifests\` and commit the result`);
        process.exit(1);
      }
      console.log(`${GENERATED_PATH} is up to date`);
    } else {
      const written = writeFiles();
      console.log(`wrote ${written.length} files under ${GENERATED_PATH} (${agencies().join(", ")} + gateway)`);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
