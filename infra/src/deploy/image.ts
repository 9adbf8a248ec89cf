import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SERVICE_MAP } from "@ipr/shared";
import { APP_UID, GATEWAY_COMMAND, GATEWAY_PORT, GENERATED_PATH, HEADER, NODE_IMAGE, ROOT } from "./settings";

/**
 * The image: one Dockerfile for the whole monorepo (every service runs from it, the command picks
 * which), and the `.dockerignore` BuildKit reads beside it.
 */

/** The npm workspaces (root package.json), folders expanded, sorted. */
export function workspaces(root = ROOT): string[] {
  const patterns = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { workspaces: string[] }).workspaces;
  const found = patterns.flatMap((pattern) => {
    if (!pattern.endsWith("/*")) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(join(root, parent))
      .filter((d) => existsSync(join(root, parent, d, "package.json")))
      .map((d) => `${parent}/${d}`);
  });
  return [...new Set(found)].sort();
}

function npmVersion(root = ROOT): string {
  const pm = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { packageManager?: string }).packageManager ?? "";
  const match = /^npm@(\d+\.\d+\.\d+)$/.exec(pm);
  if (!match) throw new Error(`package.json packageManager should be npm@x.y.z, got ${JSON.stringify(pm)}`);
  return match[1];
}

export function dockerfile(root = ROOT): string {
  const ws = workspaces(root);
  const manifests = ["COPY package.json package-lock.json ./", ...ws.map((w) => `COPY ${w}/package.json ${w}/`)];
  // the runtime image needs each built package and the files read at run time, not tests or sources
  const runtimeWorkspaces = ws.filter((w) => w !== "test");
  const npm = npmVersion(root);
  return [
    `# ${HEADER}`,
    "# One image for the whole monorepo. Build from the repository root:",
    `#   docker build -f ${GENERATED_PATH}/Dockerfile -t ipr-case-graph:latest .`,
    "# The command picks the service: node gateway/dist/index.js (default), node subgraphs/<agency>/dist/index.js,",
    "# node infra/dist/deploy/migrate.js <agency>|--all (migrations under a lock), node infra/dist/seed.js (demo data).",
    "# No HEALTHCHECK: Kubernetes probes call /health (liveness) and /ready (readiness); compose healthchecks call /health.",
    "",
    `FROM ${NODE_IMAGE} AS build`,
    "ENV TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 NPM_CONFIG_UPDATE_NOTIFIER=false",
    "WORKDIR /app",
    `# the npm of package.json's packageManager: it honours the allowScripts list (npm 10 would run every install script)`,
    `RUN npm install -g npm@${npm} --no-audit --no-fund`,
    ...manifests,
    "RUN npm ci --no-audit --no-fund",
    "COPY . .",
    "RUN npx turbo run build",
    "",
    `FROM ${NODE_IMAGE} AS runtime`,
    "ENV NODE_ENV=production NPM_CONFIG_UPDATE_NOTIFIER=false",
    "WORKDIR /app",
    `RUN npm install -g npm@${npm} --no-audit --no-fund`,
    ...manifests,
    "RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force",
    ...runtimeWorkspaces.map((w) => `COPY --from=build /app/${w}/dist ${w}/dist`),
    "COPY --from=build /app/gateway/supergraph.graphql gateway/supergraph.graphql",
    // the console's saved operations, also the gateway's persisted-operations manifest (PERSISTED_OPERATIONS_FILE)
    "COPY --from=build /app/console/saved-operations.json console/saved-operations.json",
    "COPY --from=build /app/infra/postgres.mjs infra/postgres.mjs",
    `USER ${APP_UID}:${APP_UID}`,
    `EXPOSE ${GATEWAY_PORT} ${Math.min(...Object.values(SERVICE_MAP))}-${Math.max(...Object.values(SERVICE_MAP))}`,
    `CMD ${JSON.stringify(GATEWAY_COMMAND)}`,
    "",
  ].join("\n");
}

/** Beside the Dockerfile, BuildKit reads `Dockerfile.dockerignore` for a build with `-f infra/deploy/generated/Dockerfile`. */
export function dockerignore(): string {
  return [
    `# ${HEADER}`,
    ".git",
    "**/node_modules",
    "**/dist",
    "**/.turbo",
    "**/*.tsbuildinfo",
    "**/coverage",
    ".data",
    "**/.env",
    "**/.env.*",
    "",
  ].join("\n");
}
