import { SERVICE_MAP, type SubgraphName } from "@ipr/shared";
import { gatewayNodeOptions } from "../launcher/heap";
import {
  agencies,
  APP_UID,
  DB_NAME,
  DB_USER,
  GATEWAY_COMMAND,
  GATEWAY_PORT,
  GENERATED_PATH,
  HEADER,
  IMAGE,
  migrateCommand,
  type Obj,
  passwordKey,
  POSTGRES_IMAGE,
  POSTGRES_PORT,
  postgresService,
  REDIS_IMAGE,
  REDIS_PORT,
  subgraphCommand,
  SUBGRAPH_POOL_MAX,
  subgraphUrls,
  upper,
} from "./settings";

/** docker compose: an own PostgreSQL per agency, Redis, a one-shot migrate, the subgraphs and the gateway. */

const need = (name: string) => `\${${name}:?set ${name} in ${GENERATED_PATH}/.env (see .env.example)}`;
const composeDatabaseUrl = (name: SubgraphName) => `postgres://${DB_USER}:${need(passwordKey(name))}@${postgresService(name)}:${POSTGRES_PORT}/${DB_NAME}`;
const healthCheck = (port: number) => ({
  test: ["CMD", "node", "-e", `fetch('http://127.0.0.1:${port}/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`],
  interval: "10s",
  timeout: "5s",
  retries: 12,
  start_period: "30s",
});
/** The same hardening as in Kubernetes: non-root, read-only root file system, no capabilities. */
const hardened = {
  user: `${APP_UID}:${APP_UID}`,
  read_only: true,
  tmpfs: ["/tmp"],
  cap_drop: ["ALL"],
  security_opt: ["no-new-privileges:true"],
};
const appImage = "${IPR_IMAGE:-" + IMAGE + "}";

export function compose(): Obj {
  const services: Obj = {};
  for (const name of agencies()) {
    services[postgresService(name)] = {
      image: POSTGRES_IMAGE,
      restart: "unless-stopped",
      environment: { POSTGRES_USER: DB_USER, POSTGRES_DB: DB_NAME, POSTGRES_PASSWORD: need(passwordKey(name)) },
      volumes: [`${postgresService(name)}:/var/lib/postgresql/data`],
      healthcheck: { test: ["CMD", "pg_isready", "-U", DB_USER, "-d", DB_NAME], interval: "5s", timeout: "3s", retries: 20 },
    };
  }
  services.redis = {
    image: REDIS_IMAGE,
    restart: "unless-stopped",
    command: ["redis-server", "--save", "", "--appendonly", "no"],
    healthcheck: { test: ["CMD", "redis-cli", "ping"], interval: "5s", timeout: "3s", retries: 20 },
  };
  services.migrate = {
    // the context is the repository root, seen from this folder
    build: { context: "../../..", dockerfile: `${GENERATED_PATH}/Dockerfile` },
    image: appImage,
    command: migrateCommand("--all"),
    restart: "no",
    ...hardened,
    environment: {
      NODE_ENV: "production",
      // DATABASE_URL (the first agency's) too, so `docker compose run --rm migrate node infra/dist/seed.js` finds a server (each agency uses its own URL)
      DATABASE_URL: composeDatabaseUrl(agencies()[0]),
      ...Object.fromEntries(agencies().map((n) => [`DATABASE_URL_${upper(n)}`, composeDatabaseUrl(n)])),
    },
    depends_on: Object.fromEntries(agencies().map((n) => [postgresService(n), { condition: "service_healthy" }])),
  };
  for (const name of agencies()) {
    services[name] = {
      image: appImage,
      command: subgraphCommand(name),
      restart: "unless-stopped",
      ...hardened,
      environment: {
        NODE_ENV: "production",
        HOST: "0.0.0.0",
        PORT: String(SERVICE_MAP[name]),
        // metrics on PORT+5000, reachable on the compose network only (no port is published)
        METRICS_HOST: "0.0.0.0",
        DATABASE_URL: composeDatabaseUrl(name),
        DB_POOL_MAX: String(SUBGRAPH_POOL_MAX),
        SUBGRAPH_SECRET: need("SUBGRAPH_SECRET"),
        SUBGRAPH_SECRET_PREVIOUS: "${SUBGRAPH_SECRET_PREVIOUS:-}",
        ...subgraphUrls(),
      },
      healthcheck: healthCheck(SERVICE_MAP[name]),
      depends_on: { [postgresService(name)]: { condition: "service_healthy" }, migrate: { condition: "service_completed_successfully" } },
    };
  }
  services.gateway = {
    image: appImage,
    command: GATEWAY_COMMAND,
    restart: "unless-stopped",
    ...hardened,
    ports: [`127.0.0.1:${GATEWAY_PORT}:${GATEWAY_PORT}`],
    environment: {
      NODE_ENV: "production",
      HOST: "0.0.0.0",
      PORT: String(GATEWAY_PORT),
      METRICS_HOST: "0.0.0.0",
      JWT_SECRET: need("JWT_SECRET"),
      SUBGRAPH_SECRET: need("SUBGRAPH_SECRET"),
      REDIS_URL: `redis://redis:${REDIS_PORT}`,
      NODE_OPTIONS: gatewayNodeOptions(""),
      ...subgraphUrls(),
    },
    healthcheck: healthCheck(GATEWAY_PORT),
    depends_on: {
      redis: { condition: "service_healthy" },
      ...Object.fromEntries(agencies().map((n) => [n, { condition: "service_healthy" }])),
    },
  };
  return {
    name: "ipr",
    services,
    volumes: Object.fromEntries(agencies().map((n) => [postgresService(n), {}])),
  };
}

/** The variables compose.yaml takes from infra/deploy/generated/.env (values never in the file). */
export function envExample(): string {
  return [
    `# ${HEADER}`,
    `# Copy to ${GENERATED_PATH}/.env (ignored by git and by the image build) and fill in. Use URL-safe values`,
    "# (they go into postgres:// URLs), e.g. each from `openssl rand -hex 32`.",
    "JWT_SECRET=",
    "SUBGRAPH_SECRET=",
    "# the previous SUBGRAPH_SECRET while rotating, else empty",
    "SUBGRAPH_SECRET_PREVIOUS=",
    ...agencies().map((n) => `${passwordKey(n)}=`),
    "# the image to run (default ipr-case-graph:latest, built by `docker compose build migrate`)",
    "# IPR_IMAGE=registry.example/ipr-case-graph:1.0.0",
    "",
  ].join("\n");
}
