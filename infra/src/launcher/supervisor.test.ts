import { Supervisor, backoffDelay, type ChildSpec, type SupervisorEvent } from "./supervisor";

/** A real Node child running `code`; it prints "ready" once its signal handlers are installed. */
const node = (name: string, code: string, extra: Partial<ChildSpec> = {}): ChildSpec => ({
  name,
  command: process.execPath,
  args: ["-e", `${code}; console.log("ready")`],
  output: () => {},
  ...extra,
});
const STEADY = `process.on("SIGTERM", () => process.exit(0)); setInterval(() => {}, 1000)`;
const alive = (pid: number | undefined) => {
  try {
    return pid !== undefined && process.kill(pid, 0);
  } catch {
    return false;
  }
};

async function until(what: string, test: () => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function recorder() {
  const events: SupervisorEvent[] = [];
  const log: string[] = [];
  return { events, log, opts: { onEvent: (e: SupervisorEvent) => events.push(e), log: (m: string) => log.push(m) } };
}

let supervisor: Supervisor | undefined;
afterEach(async () => {
  await supervisor?.stop([], 2000);
  supervisor = undefined;
});

test("the backoff doubles per crash in a row and is capped", () => {
  const policy = { initialMs: 500, maxMs: 30_000, resetAfterMs: 60_000 };
  expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(policy, n))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
});

test("a crashing child is restarted with growing, capped delays, logged with its reason; the others are untouched", async () => {
  const r = recorder();
  supervisor = new Supervisor({ ...r.opts, backoff: { initialMs: 20, maxMs: 80, resetAfterMs: 60_000 } });
  const steady = supervisor.add(node("steady", STEADY));
  await until("steady ready", () => steady.tail.includes("ready"));
  const steadyPid = steady.pid;
  supervisor.add(node("crasher", `console.error("database refused: boom"); process.exit(3)`));

  await until("five restarts", () => r.events.filter((e) => e.type === "restarting").length >= 5);
  const restarting = r.events.filter((e): e is Extract<SupervisorEvent, { type: "restarting" }> => e.type === "restarting");
  expect(restarting.slice(0, 5).map((e) => [e.name, e.delayMs])).toEqual([["crasher", 20], ["crasher", 40], ["crasher", 80], ["crasher", 80], ["crasher", 80]]);
  const exits = r.events.filter((e) => e.type === "exited" && e.name === "crasher");
  expect(exits[0]).toMatchObject({ reason: "exited with code 3: database refused: boom", expected: false });
  expect(r.log[0]).toMatch(/^crasher exited with code 3: database refused: boom after \d+\.\d s; restarting in 0\.0 s \(crash 1 in a row\)$/);
  expect(supervisor.get("crasher")!.restarts).toBeGreaterThanOrEqual(4);

  // the steady one never exited and kept its process
  expect(r.events.filter((e) => e.name === "steady").map((e) => e.type)).toEqual(["started"]);
  expect(steady.pid).toBe(steadyPid);
  expect(alive(steadyPid)).toBe(true);
});

test("a child killed from outside comes back as a new process; one that stayed up long enough starts the backoff over", async () => {
  const r = recorder();
  supervisor = new Supervisor({ ...r.opts, backoff: { initialMs: 30, maxMs: 1000, resetAfterMs: 200 } });
  const victim = supervisor.add(node("police", `${STEADY}; setTimeout(() => {}, 0)`));
  for (let round = 1; round <= 3; round++) {
    await until(`police up (round ${round})`, () => victim.running && victim.tail.filter((l) => l === "ready").length >= round);
    const pid = victim.pid!;
    await new Promise((resolve) => setTimeout(resolve, 250)); // up longer than resetAfterMs
    process.kill(pid, "SIGKILL");
    await until("restart", () => victim.restarts >= round && victim.pid !== undefined && victim.pid !== pid);
  }
  const restarting = r.events.filter((e) => e.type === "restarting");
  expect(restarting.map((e) => e.type === "restarting" && e.delayMs)).toEqual([30, 30, 30]);
  expect(r.events.find((e) => e.type === "exited")).toMatchObject({ reason: "killed by SIGKILL", expected: false });
});

test("stop ends the groups in order, each only after the previous one has exited, and restarts nothing", async () => {
  const r = recorder();
  supervisor = new Supervisor(r.opts);
  // the gateway takes a while to stop (it flushes); a subgraph stops at once; the database last
  const gateway = supervisor.add(node("gateway", `process.on("SIGTERM", () => setTimeout(() => process.exit(0), 300)); setInterval(() => {}, 1000)`));
  const subgraphs = ["saic", "police"].map((name) => supervisor!.add(node(name, STEADY)));
  const database = supervisor.add(node("postgres", `process.on("SIGINT", () => process.exit(0)); setInterval(() => {}, 1000)`, { stopSignal: "SIGINT" }));
  await until("all ready", () => [gateway, ...subgraphs, database].every((c) => c.tail.includes("ready")));

  await supervisor.stop([["gateway"], ["saic", "police"], ["postgres"]]);
  const exits = r.events.filter((e) => e.type === "exited");
  expect(exits.map((e) => e.name)).toEqual(expect.arrayContaining(["gateway", "saic", "police", "postgres"]));
  const order = exits.map((e) => e.name);
  expect(order[0]).toBe("gateway");
  expect(order.slice(1, 3).sort()).toEqual(["police", "saic"]);
  expect(order[3]).toBe("postgres");
  expect(exits.every((e) => e.type === "exited" && e.expected && e.reason === "exited with code 0")).toBe(true);
  expect(r.events.some((e) => e.type === "restarting")).toBe(false);
  expect(supervisor.pids()).toEqual({ gateway: undefined, saic: undefined, police: undefined, postgres: undefined });
});

test("a child that ignores its stop signal, or is frozen, is still stopped; a pending restart is cancelled", async () => {
  const r = recorder();
  supervisor = new Supervisor({ ...r.opts, backoff: { initialMs: 60_000 } });
  const stubborn = supervisor.add(node("stubborn", `process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)`));
  const frozen = supervisor.add(node("frozen", STEADY));
  const crashed = supervisor.add(node("crashed", `process.exit(1)`));
  await until("ready", () => stubborn.tail.includes("ready") && frozen.tail.includes("ready"));
  await until("crashed waits for its restart", () => r.events.some((e) => e.type === "restarting"));
  process.kill(frozen.pid!, "SIGSTOP");

  await supervisor.stop([], 500);
  expect(r.log).toContain("stubborn did not stop within 0.5 s; killing it");
  expect(r.events.find((e) => e.type === "exited" && e.name === "stubborn")).toMatchObject({ reason: "killed by SIGKILL", expected: true });
  expect(r.events.find((e) => e.type === "exited" && e.name === "frozen")).toMatchObject({ reason: "exited with code 0", expected: true });
  expect(crashed.restarts).toBe(0);
  expect(crashed.running).toBe(false);
});

test("a crash is explained by its error line, not by the stack or Node's version line", async () => {
  const r = recorder();
  supervisor = new Supervisor({ ...r.opts, backoff: { initialMs: 60_000 } });
  supervisor.add(node("ipo", `require("net").createServer().listen(1, "127.0.0.1").on("listening", () => {}); setTimeout(() => { throw new Error("listen EADDRINUSE: address already in use 127.0.0.1:4004") }, 10)`));
  await until("exit reported", () => r.events.some((e) => e.type === "exited"));
  expect(r.events.find((e) => e.type === "exited")).toMatchObject({ reason: "exited with code 1: Error: listen EADDRINUSE: address already in use 127.0.0.1:4004" });
});

test("a command that cannot be spawned is reported with its reason, not undefined", async () => {
  const r = recorder();
  supervisor = new Supervisor({ ...r.opts, backoff: { initialMs: 60_000 } });
  supervisor.add({ name: "ghost", command: "/nonexistent/binary", args: [], output: () => {} });
  await until("exit reported", () => r.events.some((e) => e.type === "exited"));
  expect(r.events.find((e) => e.type === "exited")).toMatchObject({ reason: expect.stringContaining("could not start: spawn /nonexistent/binary ENOENT") });
  expect(r.log.join("\n")).not.toContain("undefined");
});
