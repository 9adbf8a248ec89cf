import "reflect-metadata";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { manifest } from "./manifest";
import { Complaint } from "./entities/complaint";
import { ComplaintResolver } from "./resolvers/complaint";
import { references } from "./references";
import { migrations } from "./migrations";

/** The commerce ministry's complaint centre for foreign-invested enterprises and its outreach. */
export const commerce = defineSubgraph({
  name: "commerce",
  resolvers: [ComplaintResolver],
  references,
  entities: [Complaint],
  migrations,
  // the demo data (`npm start`, `npm run seed`) is loaded only when seeding
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { manifest, Complaint };

if (require.main === module) runSubgraph(commerce);
