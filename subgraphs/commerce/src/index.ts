import "reflect-metadata";
import { CommerceDependents } from "./resolvers/dependents";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { manifest } from "./manifest";
import { Complaint } from "./entities/complaint";
import { ComplaintEvent } from "./entities/complaint-event";
import { OutreachEvent } from "./entities/outreach-event";
import { ComplaintResolver } from "./resolvers/complaint";
import { OutreachEventResolver } from "./resolvers/outreach";
import { CommerceInbox } from "./resolvers/inbox";
import { ComplaintCorrections, OutreachEventCorrections } from "./resolvers/corrections";
import { references } from "./references";
import { migrations } from "./migrations";
import { Inbox } from "./entities/foreign";
import "./policy"; // declares the field rules the kit applies to this schema

/** The commerce ministry's complaint centre for foreign-invested enterprises and its outreach. */
export const commerce = defineSubgraph({
  name: "commerce",
  resolvers: [CommerceDependents, ComplaintResolver, OutreachEventResolver, CommerceInbox, ComplaintCorrections, OutreachEventCorrections],
  // the office's Inbox is reached only through `_entities`
  orphanedTypes: [Inbox],
  references,
  entities: [Complaint, ComplaintEvent, OutreachEvent],
  migrations,
  // the demo data (`npm start`, `npm run seed`) is loaded only when seeding
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { manifest, Complaint, ComplaintEvent, OutreachEvent };

if (require.main === module) runSubgraph(commerce);
