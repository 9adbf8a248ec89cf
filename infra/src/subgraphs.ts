import { SERVICE_MAP, type SubgraphDefinition } from "@ipr/shared";
import { linkage } from "@ipr/linkage";
import { saic } from "@ipr/saic";
import { police } from "@ipr/police";

/** Every agency subgraph of this deployment, in service-map order. */
export const SUBGRAPHS: SubgraphDefinition[] = [linkage, saic, police].sort((a, b) => SERVICE_MAP[a.name] - SERVICE_MAP[b.name]);
