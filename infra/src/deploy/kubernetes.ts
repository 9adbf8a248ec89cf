import { METRICS_PORT_OFFSET, SERVICE_MAP, type SubgraphName } from "@ipr/shared";
import { gatewayNodeOptions } from "../launcher/heap";
import {
  agencies,
  APP_UID,
  CONFIG_NAME,
  DB_NAME,
  DB_USER,
  GATEWAY_COMMAND,
  GATEWAY_PORT,
  GATEWAY_REPLICAS,
  GENERATED_PATH,
  IMAGE,
  migrateCommand,
  NAMESPACE,
  type Obj,
  passwordKey,
  POSTGRES_IMAGE,
  POSTGRES_PORT,
  POSTGRES_UID,
  postgresService,
  REDIS_IMAGE,
  REDIS_PORT,
  REDIS_UID,
  SECRET_NAME,
  subgraphCommand,
  SUBGRAPH_POOL_MAX,
  SUBGRAPH_REPLICAS,
  subgraphUrls,
} from "./settings";
import { yamlFile } from "./yaml-file";

/**
 * Kubernetes: namespace, ConfigMap, per agency a Deployment + Service + PodDisruptionBudget and a
 * PostgreSQL StatefulSet + headless Service + NetworkPolicy; the gateway, Redis; a Secret template.
 */

const labels = (name: string, component: string) => ({
  "app.kubernetes.io/name": name,
  "app.kubernetes.io/component": component,
  "app.kubernetes.io/part-of": "ipr",
});
const selector = (name: string) => ({ "app.kubernetes.io/name": name, "app.kubernetes.io/part-of": "ipr" });
const metadata = (name: string, component: string) => ({ name, namespace: NAMESPACE, labels: labels(name, component) });
const value = (name: string, v: string) => ({ name, value: v });
const secret = (name: string, key: string, optional = false) => ({
  name,
  valueFrom: { secretKeyRef: { name: SECRET_NAME, key, ...(optional ? { optional: true } : {}) } },
});

const podSecurity = (uid: number, fsGroup?: number) => ({
  runAsNonRoot: true,
  runAsUser: uid,
  runAsGroup: uid,
  ...(fsGroup === undefined ? {} : { fsGroup }),
  seccompProfile: { type: "RuntimeDefault" },
});
const containerSecurity = (uid: number) => ({
  runAsNonRoot: true,
  runAsUser: uid,
  runAsGroup: uid,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ["ALL"] },
});
const tmpVolume = { name: "tmp", emptyDir: { sizeLimit: "64Mi" } };
const tmpMount = { name: "tmp", mountPath: "/tmp" };

const httpProbe = (path: string, periodSeconds: number, failureThreshold: number, timeoutSeconds = 3) => ({
  httpGet: { path, port: "http" },
  periodSeconds,
  timeoutSeconds,
  failureThreshold,
});
/**
 * Liveness is /health (the process answers: restarting it would not bring a database back);
 * readiness is /ready: a subgraph's database answers; for the gateway, at least one subgraph answers
 * (`?partial=true`: with one agency down the gateway still gives partial answers, so that outage
 * must not take every gateway replica out of its Service). startup: up to 150 s to build the
 * schema; readiness: out of the Service after 30 s; liveness: restart after 2 min unhealthy.
 */
export const READINESS_PATH = { subgraph: "/ready", gateway: "/ready?partial=true" } as const;
const appProbes = (component: keyof typeof READINESS_PATH) => ({
  startupProbe: httpProbe("/health", 5, 30),
  readinessProbe: httpProbe(READINESS_PATH[component], 10, 3),
  livenessProbe: httpProbe("/health", 20, 6, 5),
});

const RESOURCES = {
  subgraph: { requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" } },
  migrate: { requests: { cpu: "50m", memory: "192Mi" }, limits: { cpu: "500m", memory: "384Mi" } },
  gateway: { requests: { cpu: "250m", memory: "256Mi" }, limits: { cpu: "2", memory: "512Mi" } },
  postgres: { requests: { cpu: "250m", memory: "256Mi" }, limits: { cpu: "1", memory: "1Gi" } },
  redis: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
};

/** The internal metrics port on the pod's address, for Prometheus; the Service exposes only `http`. */
const metricsEnv = (port: number) => [value("METRICS_HOST", "0.0.0.0"), value("METRICS_PORT", String(port + METRICS_PORT_OFFSET))];
const metricsAnnotations = (port: number) => ({ "prometheus.io/scrape": "true", "prometheus.io/port": String(port + METRICS_PORT_OFFSET), "prometheus.io/path": "/metrics" });
/** Pods allowed to scrape the subgraphs' metrics port: Prometheus, in whichever namespace. */
export const PROMETHEUS_SELECTOR = { "app.kubernetes.io/name": "prometheus" };

/** A stateless service of ours: non-root, read-only root, spread over nodes, drained before it stops. */
function appDeployment(opts: {
  name: string;
  component: keyof typeof READINESS_PATH;
  replicas: number;
  port: number;
  command: string[];
  env: Obj[];
  resources: Obj;
  initContainers?: Obj[];
}): Obj {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: metadata(opts.name, opts.component),
    spec: {
      replicas: opts.replicas,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selector(opts.name) },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        // Prometheus scrapes the internal metrics port of each pod (not behind the Service)
        metadata: { labels: labels(opts.name, opts.component), annotations: metricsAnnotations(opts.port) },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          securityContext: podSecurity(APP_UID),
          terminationGracePeriodSeconds: 30,
          topologySpreadConstraints: [
            { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: selector(opts.name) } },
          ],
          ...(opts.initContainers ? { initContainers: opts.initContainers } : {}),
          containers: [
            {
              name: opts.name,
              image: IMAGE,
              imagePullPolicy: "IfNotPresent",
              command: opts.command,
              ports: [{ name: "http", containerPort: opts.port, protocol: "TCP" }, { name: "metrics", containerPort: opts.port + METRICS_PORT_OFFSET, protocol: "TCP" }],
              envFrom: [{ configMapRef: { name: CONFIG_NAME } }],
              env: [value("PORT", String(opts.port)), ...metricsEnv(opts.port), ...opts.env],
              resources: opts.resources,
              securityContext: containerSecurity(APP_UID),
              ...appProbes(opts.component),
              // let the endpoints controller take the pod out of the Service before the process drains
              lifecycle: { preStop: { exec: { command: ["sleep", "5"] } } },
              volumeMounts: [tmpMount],
            },
          ],
          volumes: [tmpVolume],
        },
      },
    },
  };
}

function service(name: string, component: string, port: number, targetPort: string | number, headless = false): Obj {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: metadata(name, component),
    spec: {
      type: "ClusterIP",
      ...(headless ? { clusterIP: "None" } : {}),
      selector: selector(name),
      ports: [{ name: typeof targetPort === "string" ? targetPort : "tcp", port, targetPort, protocol: "TCP" }],
    },
  };
}

function disruptionBudget(name: string, component: string): Obj {
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: metadata(name, component),
    spec: { maxUnavailable: 1, selector: { matchLabels: selector(name) } },
  };
}

/** The subgraph's own database: its password from the Secret, the URL built by Kubernetes' $(VAR) expansion. */
const databaseEnv = (name: SubgraphName) => [
  secret("POSTGRES_PASSWORD", passwordKey(name)),
  value("DATABASE_URL", `postgres://${DB_USER}:$(POSTGRES_PASSWORD)@${postgresService(name)}:${POSTGRES_PORT}/${DB_NAME}`),
];
const subgraphSecretEnv = [secret("SUBGRAPH_SECRET", "SUBGRAPH_SECRET"), secret("SUBGRAPH_SECRET_PREVIOUS", "SUBGRAPH_SECRET_PREVIOUS", true)];

function subgraphManifests(name: SubgraphName): Obj[] {
  const migrate = {
    name: "migrate",
    image: IMAGE,
    imagePullPolicy: "IfNotPresent",
    command: migrateCommand(name),
    envFrom: [{ configMapRef: { name: CONFIG_NAME } }],
    env: databaseEnv(name),
    resources: RESOURCES.migrate,
    securityContext: containerSecurity(APP_UID),
    volumeMounts: [tmpMount],
  };
  return [
    appDeployment({
      name,
      component: "subgraph",
      replicas: SUBGRAPH_REPLICAS,
      port: SERVICE_MAP[name],
      command: subgraphCommand(name),
      env: [...databaseEnv(name), value("DB_POOL_MAX", String(SUBGRAPH_POOL_MAX)), ...subgraphSecretEnv],
      resources: RESOURCES.subgraph,
      initContainers: [migrate],
    }),
    service(name, "subgraph", SERVICE_MAP[name], "http"),
    disruptionBudget(name, "subgraph"),
  ];
}

function postgresManifests(agency: SubgraphName): Obj[] {
  const name = postgresService(agency);
  const isReady = { exec: { command: ["pg_isready", "-U", DB_USER, "-d", DB_NAME, "-h", "127.0.0.1"] } };
  return [
    {
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: metadata(name, "database"),
      spec: {
        serviceName: name,
        replicas: 1,
        selector: { matchLabels: selector(name) },
        template: {
          metadata: { labels: labels(name, "database") },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: podSecurity(POSTGRES_UID, POSTGRES_UID),
            terminationGracePeriodSeconds: 60,
            containers: [
              {
                name: "postgres",
                image: POSTGRES_IMAGE,
                imagePullPolicy: "IfNotPresent",
                ports: [{ name: "postgres", containerPort: POSTGRES_PORT, protocol: "TCP" }],
                env: [
                  value("POSTGRES_USER", DB_USER),
                  value("POSTGRES_DB", DB_NAME),
                  secret("POSTGRES_PASSWORD", passwordKey(agency)),
                  // a subfolder: the volume's root holds lost+found, which initdb refuses
                  value("PGDATA", "/var/lib/postgresql/data/pgdata"),
                ],
                resources: RESOURCES.postgres,
                securityContext: containerSecurity(POSTGRES_UID),
                startupProbe: { ...isReady, periodSeconds: 5, failureThreshold: 60 },
                readinessProbe: { ...isReady, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
                livenessProbe: { ...isReady, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 6 },
                volumeMounts: [
                  { name: "data", mountPath: "/var/lib/postgresql/data" },
                  { name: "run", mountPath: "/var/run/postgresql" },
                  tmpMount,
                ],
              },
            ],
            volumes: [{ name: "run", emptyDir: {} }, tmpVolume],
          },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: "data", labels: labels(name, "database") },
            spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } },
          },
        ],
      },
    },
    service(name, "database", POSTGRES_PORT, "postgres", true),
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: metadata(name, "database"),
      spec: {
        podSelector: { matchLabels: selector(name) },
        policyTypes: ["Ingress"],
        // only the agency's own subgraph (and its migrate initContainer) reaches its database
        ingress: [{ from: [{ podSelector: { matchLabels: selector(agency) } }], ports: [{ protocol: "TCP", port: POSTGRES_PORT }] }],
      },
    },
  ];
}

function gatewayManifests(): Obj[] {
  return [
    appDeployment({
      name: "gateway",
      component: "gateway",
      replicas: GATEWAY_REPLICAS,
      port: GATEWAY_PORT,
      command: GATEWAY_COMMAND,
      env: [
        secret("JWT_SECRET", "JWT_SECRET"),
        secret("SUBGRAPH_SECRET", "SUBGRAPH_SECRET"),
        // the replicas share one rate-limit budget
        value("REDIS_URL", `redis://redis:${REDIS_PORT}`),
        // the heap cap that keeps the gateway inside its memory limit (launcher/heap.ts)
        value("NODE_OPTIONS", gatewayNodeOptions("")),
      ],
      resources: RESOURCES.gateway,
    }),
    service("gateway", "gateway", GATEWAY_PORT, "http"),
    disruptionBudget("gateway", "gateway"),
  ];
}

function redisManifests(): Obj[] {
  const ping = { exec: { command: ["redis-cli", "ping"] } };
  return [
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: metadata("redis", "cache"),
      spec: {
        replicas: 1,
        selector: { matchLabels: selector("redis") },
        strategy: { type: "Recreate" },
        template: {
          metadata: { labels: labels("redis", "cache") },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: podSecurity(REDIS_UID, REDIS_UID),
            containers: [
              {
                name: "redis",
                image: REDIS_IMAGE,
                imagePullPolicy: "IfNotPresent",
                // rate-limit counters only: nothing worth keeping on disk
                args: ["redis-server", "--save", "", "--appendonly", "no"],
                ports: [{ name: "redis", containerPort: REDIS_PORT, protocol: "TCP" }],
                resources: RESOURCES.redis,
                securityContext: containerSecurity(REDIS_UID),
                readinessProbe: { ...ping, periodSeconds: 10, timeoutSeconds: 3 },
                livenessProbe: { ...ping, periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 6 },
                volumeMounts: [{ name: "data", mountPath: "/data" }, tmpMount],
              },
            ],
            volumes: [{ name: "data", emptyDir: {} }, tmpVolume],
          },
        },
      },
    },
    service("redis", "cache", REDIS_PORT, "redis"),
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: metadata("redis", "cache"),
      spec: {
        podSelector: { matchLabels: selector("redis") },
        policyTypes: ["Ingress"],
        ingress: [{ from: [{ podSelector: { matchLabels: selector("gateway") } }], ports: [{ protocol: "TCP", port: REDIS_PORT }] }],
      },
    },
  ];
}

/** Subgraphs answer only signed requests anyway; the network lets only the gateway and peer subgraphs try. */
function subgraphNetworkPolicy(): Obj {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: metadata("subgraphs", "subgraph"),
    spec: {
      podSelector: { matchLabels: { "app.kubernetes.io/component": "subgraph", "app.kubernetes.io/part-of": "ipr" } },
      policyTypes: ["Ingress"],
      ingress: [
        {
          from: [
            { podSelector: { matchLabels: selector("gateway") } },
            { podSelector: { matchLabels: { "app.kubernetes.io/component": "subgraph", "app.kubernetes.io/part-of": "ipr" } } },
          ],
        },
        // and Prometheus, on the metrics port only
        { from: [{ namespaceSelector: {}, podSelector: { matchLabels: PROMETHEUS_SELECTOR } }], ports: [{ protocol: "TCP", port: "metrics" }] },
      ],
    },
  };
}

function namespace(): Obj {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name: NAMESPACE, labels: { "app.kubernetes.io/part-of": "ipr" } } };
}

function configMap(): Obj {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: metadata(CONFIG_NAME, "config"),
    data: { NODE_ENV: "production", HOST: "0.0.0.0", LOG_LEVEL: "info", ...subgraphUrls() },
  };
}

export const SECRET_PLACEHOLDER = "REPLACE_ME";
/** Keys only: the values are placeholders to replace before applying (see infra/deploy/README.md). */
function secretTemplate(): Obj {
  const keys = ["JWT_SECRET", "SUBGRAPH_SECRET", "SUBGRAPH_SECRET_PREVIOUS", ...agencies().map(passwordKey)];
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: metadata(SECRET_NAME, "config"),
    type: "Opaque",
    stringData: Object.fromEntries(keys.map((k) => [k, k === "SUBGRAPH_SECRET_PREVIOUS" ? "" : SECRET_PLACEHOLDER])),
  };
}

const SECRET_COMMENT = [
  ` TEMPLATE, not applied by \`kubectl apply -k ${GENERATED_PATH}/k8s\` (it is not in kustomization.yaml).`,
  " Replace every REPLACE_ME with a random URL-safe value (`openssl rand -hex 32`; JWT_SECRET at least 32 bytes)",
  " and apply it once, or create the Secret directly: see infra/deploy/README.md. Never commit real values.",
  " SUBGRAPH_SECRET_PREVIOUS stays empty except while rotating SUBGRAPH_SECRET.",
].join("\n");

/** The Kubernetes files, by path relative to the generated folder: what the kustomization applies, itself, and the Secret template. */
export function kubernetesFiles(): Record<string, string> {
  const k8s: Record<string, Obj[]> = {
    "k8s/namespace.yaml": [namespace()],
    "k8s/config.yaml": [configMap()],
    "k8s/gateway.yaml": gatewayManifests(),
    "k8s/redis.yaml": redisManifests(),
    "k8s/network-policy.yaml": [subgraphNetworkPolicy()],
  };
  for (const name of agencies()) {
    k8s[`k8s/subgraph-${name}.yaml`] = subgraphManifests(name);
    k8s[`k8s/postgres-${name}.yaml`] = postgresManifests(name);
  }
  const kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    namespace: NAMESPACE,
    resources: Object.keys(k8s).map((p) => p.slice("k8s/".length)),
  };
  return {
    ...Object.fromEntries(Object.entries(k8s).map(([p, objects]) => [p, yamlFile(objects)])),
    "k8s/kustomization.yaml": yamlFile([kustomization], ` \`kubectl apply -k ${GENERATED_PATH}/k8s\` applies these; the Secret template is left out on purpose.`),
    "k8s/templates/secret.yaml": yamlFile([secretTemplate()], SECRET_COMMENT),
  };
}
