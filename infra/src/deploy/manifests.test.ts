import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { DEV_SUBGRAPH_SECRET, SERVICE_MAP } from "@ipr/shared";
import { DEV_JWT_SECRET } from "@ipr/gateway";
import { SUBGRAPHS } from "../subgraphs";
import { GATEWAY_PORT, generateFiles, GENERATED_DIR as DEPLOY_DIR, POSTGRES_MAX_CONNECTIONS, SECRET_PLACEHOLDER, staleFiles } from ".";

type K8s = any;

const generated = generateFiles();
const read = (path: string) => readFileSync(join(DEPLOY_DIR, path), "utf8");
const names = SUBGRAPHS.map((d) => d.name);
const apps = [...names, "gateway"] as const;
const portOf = (name: string) => (name === "gateway" ? GATEWAY_PORT : SERVICE_MAP[name as keyof typeof SERVICE_MAP]);
const SECRET_VARS = /^(JWT_SECRET|SUBGRAPH_SECRET|SUBGRAPH_SECRET_PREVIOUS|POSTGRES_PASSWORD(_[A-Z]+)?)$/;

// what is committed, parsed back
const kustomization = parse(read("k8s/kustomization.yaml"));
const applied: K8s[] = (kustomization.resources as string[]).flatMap((file) => parseAllDocuments(read(`k8s/${file}`)).map((d) => d.toJS()));
const compose = parse(read("compose.yaml"));
const services = compose.services as Record<string, any>;
const find = (kind: string, name: string): K8s | undefined => applied.find((o) => o.kind === kind && o.metadata.name === name);
const podSpecs = applied.filter((o) => o.spec?.template?.spec).map((o) => ({ owner: `${o.kind}/${o.metadata.name}`, spec: o.spec.template.spec }));
const containersOf = (spec: K8s): K8s[] => [...(spec.initContainers ?? []), ...spec.containers];
const configMap = find("ConfigMap", "ipr-config")!;
const envOf = (container: K8s): Record<string, string> => ({
  ...((container.envFrom ?? []).some((e: K8s) => e.configMapRef?.name === "ipr-config") ? configMap.data : {}),
  ...Object.fromEntries((container.env ?? []).filter((e: K8s) => "value" in e).map((e: K8s) => [e.name, e.value])),
});
const matches = (selector: Record<string, string>, labels: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);
/** The Service a URL's host names, with the pods it selects. */
const serviceFor = (host: string) => find("Service", host);

describe("infra/deploy", () => {
  it("the committed files are the freshly generated ones (npm run manifests)", () => {
    for (const [path, content] of Object.entries(generated)) {
      expect(existsSync(join(DEPLOY_DIR, path)) ? read(path) : `(missing ${path})`).toBe(content);
    }
    expect(staleFiles(generated)).toEqual([]);
  });

  it("deploys exactly the composed subgraphs of the service map", () => {
    expect([...names].sort()).toEqual(Object.keys(SERVICE_MAP).sort());
  });

  it("kustomization.yaml applies every manifest under k8s/ but the Secret template", () => {
    const onDisk = readdirSync(join(DEPLOY_DIR, "k8s")).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml");
    expect([...kustomization.resources].sort()).toEqual(onDisk.sort());
    expect(applied.filter((o) => o.kind === "Secret")).toEqual([]);
    expect(applied.every((o) => o.kind === "Namespace" ? o.metadata.name === "ipr" : o.metadata.namespace === "ipr")).toBe(true);
  });
});

describe("Kubernetes", () => {
  it.each(apps)("%s has a Deployment and a Service on its service-map port", (name) => {
    const deployment = find("Deployment", name);
    const service = find("Service", name);
    expect(deployment).toBeDefined();
    expect(service).toBeDefined();
    expect(service.spec.ports).toHaveLength(1);
    expect(service.spec.ports[0].port).toBe(portOf(name));
    expect(matches(service.spec.selector, deployment.spec.template.metadata.labels)).toBe(true);
    expect(matches(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels)).toBe(true);
    const [container] = deployment.spec.template.spec.containers;
    const port = container.ports.find((p: K8s) => p.name === service.spec.ports[0].targetPort);
    expect(port.containerPort).toBe(portOf(name));
    expect(envOf(container).PORT).toBe(String(portOf(name)));
    expect(container.command).toEqual(["node", name === "gateway" ? "gateway/dist/index.js" : `subgraphs/${name}/dist/index.js`]);
    expect(deployment.spec.replicas).toBe(name === "gateway" ? 3 : 2);
  });

  it("every SUBGRAPH_URL_* names an existing Service and its port; the gateway and every subgraph know all of them", () => {
    const urls = Object.entries(configMap.data as Record<string, string>).filter(([k]) => k.startsWith("SUBGRAPH_URL_"));
    expect(urls.map(([k]) => k).sort()).toEqual(names.map((n) => `SUBGRAPH_URL_${n.toUpperCase()}`).sort());
    for (const [key, value] of urls) {
      const url = new URL(value);
      const name = key.slice("SUBGRAPH_URL_".length).toLowerCase();
      expect(url.hostname).toBe(name);
      expect(url.pathname).toBe("/graphql");
      expect(Number(url.port)).toBe(serviceFor(url.hostname).spec.ports[0].port);
      expect(Number(url.port)).toBe(portOf(name));
    }
    // the gateway calls every subgraph; linkage, procuratorate, courts and office call peers
    for (const name of apps) {
      const env = envOf(find("Deployment", name).spec.template.spec.containers[0]);
      for (const [key, value] of urls) expect(env[key]).toBe(value);
    }
    // no container sets its own SUBGRAPH_URL_* past the ConfigMap
    for (const { spec } of podSpecs) for (const c of containersOf(spec)) expect((c.env ?? []).filter((e: K8s) => e.name.startsWith("SUBGRAPH_URL_"))).toEqual([]);
  });

  it.each(names)("%s reaches only its own PostgreSQL (StatefulSet + Service), with its own password", (name) => {
    const deployment = find("Deployment", name);
    const statefulSet = find("StatefulSet", `postgres-${name}`);
    const service = find("Service", `postgres-${name}`);
    expect(statefulSet).toBeDefined();
    expect(matches(service.spec.selector, statefulSet.spec.template.metadata.labels)).toBe(true);
    expect(statefulSet.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBeDefined();
    const postgres = statefulSet.spec.template.spec.containers[0];
    const passwordKey = postgres.env.find((e: K8s) => e.name === "POSTGRES_PASSWORD").valueFrom.secretKeyRef.key;
    expect(passwordKey).toBe(`POSTGRES_PASSWORD_${name.toUpperCase()}`);
    for (const container of containersOf(deployment.spec.template.spec)) {
      const url = new URL(envOf(container).DATABASE_URL);
      expect(url.hostname).toBe(`postgres-${name}`);
      expect(Number(url.port)).toBe(service.spec.ports[0].port);
      expect(url.password).toBe("$(POSTGRES_PASSWORD)");
      const password = container.env.find((e: K8s) => e.name === "POSTGRES_PASSWORD");
      expect(password.valueFrom.secretKeyRef).toEqual({ name: "ipr-secrets", key: passwordKey });
      // Kubernetes expands $(VAR) only from variables defined before it
      expect(container.env.findIndex((e: K8s) => e.name === "POSTGRES_PASSWORD")).toBeLessThan(container.env.findIndex((e: K8s) => e.name === "DATABASE_URL"));
    }
    // and the network lets only that agency's pods in
    const policy = find("NetworkPolicy", `postgres-${name}`);
    expect(matches(policy.spec.podSelector.matchLabels, statefulSet.spec.template.metadata.labels)).toBe(true);
    expect(policy.spec.ingress[0].from).toEqual([{ podSelector: { matchLabels: deployment.spec.selector.matchLabels } }]);
  });

  it("each agency migrates once per rollout step: an initContainer runs the locked migration of its own agency", () => {
    for (const name of names) {
      const [init] = find("Deployment", name).spec.template.spec.initContainers;
      expect(init.command).toEqual(["node", "infra/dist/deploy/migrate.js", name]);
    }
  });

  it("the gateway shares its rate-limit budget through the Redis Service and keeps replicas through disruptions", () => {
    const gateway = find("Deployment", "gateway");
    const redisUrl = new URL(envOf(gateway.spec.template.spec.containers[0]).REDIS_URL);
    const redis = serviceFor(redisUrl.hostname);
    expect(Number(redisUrl.port)).toBe(redis.spec.ports[0].port);
    expect(matches(redis.spec.selector, find("Deployment", "redis").spec.template.metadata.labels)).toBe(true);
    const pdb = find("PodDisruptionBudget", "gateway");
    expect(matches(pdb.spec.selector.matchLabels, gateway.spec.template.metadata.labels)).toBe(true);
    expect(pdb.spec.maxUnavailable ?? gateway.spec.replicas - pdb.spec.minAvailable).toBeLessThan(gateway.spec.replicas);
  });

  it("secrets come only from the Secret (secretKeyRef), never as values; the template holds placeholders", () => {
    for (const { owner, spec } of podSpecs) {
      for (const container of containersOf(spec)) {
        for (const e of container.env ?? []) {
          if (SECRET_VARS.test(e.name)) {
            expect({ owner, name: e.name, value: e.value }).toEqual({ owner, name: e.name, value: undefined });
            expect(e.valueFrom.secretKeyRef.name).toBe("ipr-secrets");
          }
        }
      }
    }
    expect(Object.keys(configMap.data).filter((k) => SECRET_VARS.test(k) || /SECRET|PASSWORD/.test(k))).toEqual([]);
    const template = parse(read("k8s/templates/secret.yaml"));
    expect(template.kind).toBe("Secret");
    expect(Object.values(template.stringData).every((v) => v === SECRET_PLACEHOLDER || v === "")).toBe(true);
    // every key a container asks for is in the template
    const keys = podSpecs.flatMap(({ spec }) => containersOf(spec).flatMap((c) => (c.env ?? []).map((e: K8s) => e.valueFrom?.secretKeyRef?.key).filter(Boolean)));
    for (const key of keys) expect(Object.keys(template.stringData)).toContain(key);
  });

  it("every app container is probed on /health for liveness and /ready for readiness", () => {
    for (const name of apps) {
      const [container] = find("Deployment", name).spec.template.spec.containers;
      for (const probe of ["startupProbe", "livenessProbe"]) expect(container[probe].httpGet).toEqual({ path: "/health", port: "http" });
      // the gateway stays ready while any subgraph answers: one agency's outage gives partial answers, not none
      expect(container.readinessProbe.httpGet).toEqual({ path: name === "gateway" ? "/ready?partial=true" : "/ready", port: "http" });
    }
  });

  it("every app pod serves /metrics on its own metrics port, annotated for Prometheus and kept out of the Service", () => {
    for (const name of apps) {
      const deployment = find("Deployment", name);
      const [container] = deployment.spec.template.spec.containers;
      const http = container.ports.find((p: K8s) => p.name === "http").containerPort;
      const metrics = container.ports.find((p: K8s) => p.name === "metrics").containerPort;
      expect(metrics).toBe(http + 5000);
      expect(container.env).toEqual(expect.arrayContaining([{ name: "METRICS_PORT", value: String(metrics) }, { name: "METRICS_HOST", value: "0.0.0.0" }]));
      expect(deployment.spec.template.metadata.annotations).toEqual({ "prometheus.io/scrape": "true", "prometheus.io/port": String(metrics), "prometheus.io/path": "/metrics" });
      expect(find("Service", name).spec.ports.map((p: K8s) => p.targetPort)).toEqual(["http"]);
    }
    // the subgraphs' network policy lets Prometheus in on that port only
    const policy = find("NetworkPolicy", "subgraphs");
    expect(policy.spec.ingress).toContainEqual({ from: [{ namespaceSelector: {}, podSelector: { matchLabels: { "app.kubernetes.io/name": "prometheus" } } }], ports: [{ protocol: "TCP", port: "metrics" }] });
  });

  it("the subgraph pools fit their agency's PostgreSQL, a rolling update's extra pod and headroom included", () => {
    for (const name of names) {
      const deployment = find("Deployment", name);
      const [container] = deployment.spec.template.spec.containers;
      const pool = Number(container.env.find((e: K8s) => e.name === "DB_POOL_MAX").value);
      const pods = deployment.spec.replicas + deployment.spec.strategy.rollingUpdate.maxSurge;
      expect(pool).toBeGreaterThanOrEqual(2);
      expect(pool * pods).toBeLessThanOrEqual(POSTGRES_MAX_CONNECTIONS * 0.7);
    }
  });

  it("every container runs as non-root, without privilege escalation, on a read-only root file system, with limits", () => {
    expect(podSpecs.length).toBe(apps.length + names.length + 1); // + each PostgreSQL + Redis
    for (const { owner, spec } of podSpecs) {
      expect({ owner, ...spec.securityContext }).toMatchObject({ owner, runAsNonRoot: true });
      expect(spec.securityContext.runAsUser).toBeGreaterThan(0);
      expect(spec.automountServiceAccountToken).toBe(false);
      for (const container of containersOf(spec)) {
        expect({ owner, c: container.name, ...container.securityContext }).toMatchObject({
          owner,
          c: container.name,
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ["ALL"] },
        });
        expect(container.securityContext.runAsUser).toBeGreaterThan(0);
        expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
        expect(container.resources.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      }
    }
  });
});

describe("docker compose", () => {
  const env = (service: string): Record<string, string> => services[service].environment;

  it.each(apps)("%s is a service on its service-map port, probed on /health", (name) => {
    const service = services[name];
    expect(service).toBeDefined();
    expect(env(name).PORT).toBe(String(portOf(name)));
    expect(env(name).HOST).toBe("0.0.0.0");
    expect(service.command).toEqual(["node", name === "gateway" ? "gateway/dist/index.js" : `subgraphs/${name}/dist/index.js`]);
    expect(service.healthcheck.test.join(" ")).toContain(`http://127.0.0.1:${portOf(name)}/health`);
  });

  it("every SUBGRAPH_URL_* names a compose service and its port, for the gateway and every subgraph", () => {
    for (const name of apps) {
      const urls = Object.entries(env(name)).filter(([k]) => k.startsWith("SUBGRAPH_URL_"));
      expect(urls).toHaveLength(names.length);
      for (const [key, value] of urls) {
        const url = new URL(value);
        expect(url.hostname).toBe(key.slice("SUBGRAPH_URL_".length).toLowerCase());
        expect(services[url.hostname]).toBeDefined();
        expect(url.port).toBe(env(url.hostname).PORT);
      }
    }
  });

  it.each(names)("%s uses its own PostgreSQL service, with that service's password, after migrations ran", (name) => {
    const url = env(name).DATABASE_URL;
    const host = /@([^:/]+):(\d+)\//.exec(url)!;
    expect(host[1]).toBe(`postgres-${name}`);
    const database = services[`postgres-${name}`];
    expect(database.image).toBe("postgres:17");
    const passwordVar = /^\$\{(\w+):\?/.exec(database.environment.POSTGRES_PASSWORD)![1];
    expect(passwordVar).toBe(`POSTGRES_PASSWORD_${name.toUpperCase()}`);
    expect(url).toContain(`:\${${passwordVar}:?`);
    expect(env("migrate")[`DATABASE_URL_${name.toUpperCase()}`]).toBe(url);
    expect(services[name].depends_on).toEqual({
      [`postgres-${name}`]: { condition: "service_healthy" },
      migrate: { condition: "service_completed_successfully" },
    });
  });

  it("the gateway shares its rate-limit budget through redis and starts after the subgraphs are healthy", () => {
    expect(env("gateway").REDIS_URL).toBe("redis://redis:6379");
    expect(services.redis).toBeDefined();
    for (const dep of ["redis", ...names]) expect(services.gateway.depends_on[dep]).toEqual({ condition: "service_healthy" });
  });

  it("secrets only by ${...} substitution from .env, never literal; .env.example lists them all", () => {
    const example = read(".env.example");
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries((service.environment ?? {}) as Record<string, string>)) {
        if (SECRET_VARS.test(key)) expect({ name, key, value }).toEqual({ name, key, value: expect.stringMatching(/^\$\{[A-Z_]+(:[?-][^}]*)?\}$/) });
        if (key.startsWith("DATABASE_URL")) expect(value).toMatch(/^postgres:\/\/ipr:\$\{POSTGRES_PASSWORD_[A-Z]+:\?[^}]*\}@postgres-[a-z]+:5432\/ipr$/);
      }
    }
    for (const variable of new Set([...read("compose.yaml").matchAll(/\$\{(\w+)/g)].map((m) => m[1]))) {
      expect(example).toMatch(new RegExp(`^#? ?${variable}=`, "m"));
    }
  });

  it("app containers run as non-root on a read-only root file system", () => {
    for (const name of [...apps, "migrate"]) {
      expect(services[name].user).toBe("1000:1000");
      expect(services[name].read_only).toBe(true);
      expect(services[name].cap_drop).toEqual(["ALL"]);
    }
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it("builds in one stage and installs production dependencies only in the image it runs", () => {
    expect(stages).toHaveLength(2);
    expect(stages.every((s) => s.startsWith("node:20-bookworm-slim "))).toBe(true);
    expect(stages[0]).toMatch(/^RUN npm ci\b/m);
    expect(stages[0]).toMatch(/^RUN npx turbo run build$/m);
    expect(stages[1]).toMatch(/^RUN npm ci --omit=dev\b/m);
  });

  it("runs as a non-root user", () => {
    const user = /^USER (\S+)$/m.exec(stages[1])![1];
    expect(user.split(":")[0]).not.toMatch(/^(0|root)$/);
  });

  it("holds everything the commands of compose and Kubernetes run", () => {
    const copied = [...stages[1].matchAll(/^COPY --from=build \/app\/(\S+) /gm)].map((m) => m[1]);
    const commands = [
      ...Object.values(services).map((s) => s.command as string[] | undefined),
      ...podSpecs.flatMap(({ spec }) => containersOf(spec).map((c) => c.command as string[] | undefined)),
    ].filter((c): c is string[] => !!c && c[0] === "node");
    expect(commands.length).toBeGreaterThan(apps.length);
    for (const [, script] of commands) expect(copied.some((dir) => script.startsWith(`${dir}/`))).toBe(true);
    expect(copied).toContain("gateway/supergraph.graphql");
  });
});

it("no development default secret appears in any deployment file", () => {
  for (const content of Object.values(generated)) {
    expect(content).not.toContain(DEV_JWT_SECRET);
    expect(content).not.toContain(DEV_SUBGRAPH_SECRET);
  }
});
