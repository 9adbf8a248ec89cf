import type { AgencyManifest } from "@ipr/shared";

/** The commerce ministry's complaint centre for foreign-invested enterprises and its outreach. What the rest of the platform knows of this agency (`npm run registry` after a change). */
export const manifest: AgencyManifest = {
  name: "commerce",
  port: 4012,
  agency: "COMMERCE",
  department: "商务部门",
  description: "The commerce ministry's complaint centre for foreign-invested enterprises and its outreach",
  probe: "complaint",
  // lines of the monthly table (reportLines), admin cases the police can be referred (referable) and
  // BI datasets go here when the agency has them; see shared/src/manifest.ts
  datasets: [{ name: "complaints", list: "complaints", description: "Complaint records, one row each" }],
  seed: [["Complaint", "complaints"]],
};
