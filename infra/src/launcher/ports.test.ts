import { SERVICE_MAP } from "@ipr/shared";
import { peerEnv, portPlan } from "./ports";

test("without settings, the contract's service map: gateway 4000, subgraphs 4001-4011", () => {
  const plan = portPlan({});
  expect(plan.gateway).toBe(4000);
  expect(plan.subgraphs).toEqual(SERVICE_MAP);
  expect(peerEnv(plan).SUBGRAPH_URL_POLICE).toBe("http://127.0.0.1:4009/graphql");
});

test("PORT and SUBGRAPH_PORT_BASE move a whole second platform; SUBGRAPH_URL_<NAME> places one subgraph", () => {
  const plan = portPlan({ PORT: "5000", SUBGRAPH_PORT_BASE: "5000", SUBGRAPH_URL_COURTS: "http://127.0.0.1:6111/graphql" });
  expect(plan.gateway).toBe(5000);
  expect(plan.subgraphs.office).toBe(5001);
  expect(plan.subgraphs.procuratorate).toBe(5010);
  expect(plan.subgraphs.courts).toBe(6111);
  expect(peerEnv(plan).SUBGRAPH_URL_COURTS).toBe("http://127.0.0.1:6111/graphql");
});

test("bad or clashing ports are refused with the variable's name", () => {
  expect(() => portPlan({ PORT: "40x0" })).toThrow('PORT must be a port number (1-65535), got "40x0"');
  expect(() => portPlan({ SUBGRAPH_PORT_BASE: "65530" })).toThrow("SUBGRAPH_PORT_BASE must be a port number");
  expect(() => portPlan({ PORT: "4003" })).toThrow("port 4003 is given to both gateway and saic");
  expect(() => portPlan({ SUBGRAPH_URL_POLICE: "http://police.internal:4009/graphql" })).toThrow("SUBGRAPH_URL_POLICE: npm start runs every subgraph on this machine");
});
