import { bounded, checkLoopback, parseFault } from "./options";
import { outage } from "./stats";

test("only a gateway on this machine is loaded", () => {
  expect(checkLoopback("http://127.0.0.1:4000/graphql")).toBe("http://127.0.0.1:4000/graphql");
  expect(checkLoopback("http://localhost:5100/graphql")).toBe("http://localhost:5100/graphql");
  expect(checkLoopback("http://[::1]:4000/graphql")).toBe("http://[::1]:4000/graphql");
  expect(() => checkLoopback("http://10.0.0.7:4000/graphql")).toThrow("only runs against a gateway on this machine (loopback), not 10.0.0.7:4000");
  expect(() => checkLoopback("https://gateway.example.gov.cn/graphql")).toThrow("loopback");
  expect(() => checkLoopback("http://127.0.0.1.example.com/graphql")).toThrow("loopback");
  expect(() => checkLoopback("not a url")).toThrow("not a URL");
});

test("faults name a subgraph of the service map; a freeze is bounded", () => {
  expect(parseFault("kill:police")).toEqual({ kind: "kill", subgraph: "police" });
  expect(parseFault("stop:saic")).toEqual({ kind: "stop", subgraph: "saic", seconds: 15 });
  expect(parseFault("stop:saic:4")).toEqual({ kind: "stop", subgraph: "saic", seconds: 4 });
  expect(parseFault("pg-restart")).toEqual({ kind: "pg-restart" });
  expect(() => parseFault("kill:fbi")).toThrow('no subgraph "fbi"');
  expect(() => parseFault("stop:saic:999")).toThrow("seconds must be in (0, 120]");
  expect(() => parseFault("reboot")).toThrow("expected kill:<subgraph>");
  expect(bounded("clients", undefined, 40, 200)).toBe(40);
  expect(() => bounded("clients", "5000", 40, 200)).toThrow("--clients must be in (0, 200], got 5000");
});

test("recovery is the first probe from which every later one succeeded", () => {
  const probes = [[0, true], [100, true], [200, false], [300, true], [400, false], [500, false], [600, true], [700, true]].map(([t, ok]) => ({ t: t as number, end: (t as number) + 50, ok: ok as boolean }));
  expect(outage(probes, 150)).toEqual({ firstFailure: 200, recoveredAt: 650, failedProbes: 3, stillFailing: false });
  expect(outage(probes.slice(0, 6), 150)).toMatchObject({ recoveredAt: undefined, stillFailing: true });
  expect(outage(probes.slice(0, 2), 0)).toMatchObject({ firstFailure: undefined, recoveredAt: undefined, stillFailing: false });
});
