import type { AgencyManifest } from "@ipr/shared";

/** The commerce ministry's complaint centre for foreign-invested enterprises and its outreach. What the rest of the platform knows of this agency (`npm run registry` after a change). */
export const manifest: AgencyManifest = {
  name: "commerce",
  port: 4012,
  agency: "COMMERCE",
  department: "商务部门",
  description: "The commerce ministry: complaints of foreign-invested enterprises (routed to the agency responsible) and outreach to foreign chambers, governments and enterprises",
  probe: "complaint",
  datasets: [
    { name: "complaints", list: "complaints", description: "Complaints of foreign-invested enterprises, one row each, with their routing, decision and deadlines" },
    { name: "outreach-events", list: "outreachEvents", description: "Outreach events with foreign chambers, governments and enterprises, one row each" },
  ],
  inbox: [
    { field: "complaintsToDecide", description: "Complaints to route, accept or decline: within 7 working days of receipt (commerce)" },
    { field: "complaintsToAnswer", description: "Complaints decided but the complainant not yet answered: within 60 days of receipt (commerce)" },
  ],
  // records naming an enterprise by credit code (SAIC asks before withdrawing one)
  enterpriseRecords: [{ typename: "Complaint", field: "complainantCreditCode" }],
  seed: [
    ["Complaint", "complaints"],
    ["ComplaintEvent", "complaintEvents"],
    ["OutreachEvent", "outreachEvents"],
  ],
};
