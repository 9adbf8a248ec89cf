import { SERVICE_MAP, type SubgraphDefinition } from "@ipr/shared";
import { office } from "@ipr/office";
import { linkage } from "@ipr/linkage";
import { saic } from "@ipr/saic";
import { ipo } from "@ipr/ipo";
import { press } from "@ipr/press";
import { agriculture } from "@ipr/agriculture";
import { customs } from "@ipr/customs";
import { postal } from "@ipr/postal";
import { police } from "@ipr/police";
import { procuratorate } from "@ipr/procuratorate";
import { courts } from "@ipr/courts";

/** Every agency subgraph of this deployment, in service-map order. */
export const SUBGRAPHS: SubgraphDefinition[] = [office, linkage, saic, ipo, press, agriculture, customs, postal, police, procuratorate, courts].sort(
  (a, b) => SERVICE_MAP[a.name] - SERVICE_MAP[b.name],
);
