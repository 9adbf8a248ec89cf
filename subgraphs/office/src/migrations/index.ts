import { Migration0010Corrections } from "./0010-corrections";
import { Migration0001Init } from "./0001-init";
import { Migration0002Campaigns } from "./0002-campaigns";
import { Migration0003Submissions } from "./0003-submissions";
import { Migration0004Audit } from "./0004-audit";
import { Migration0005AuditQuarantine } from "./0005-audit-quarantine";
import { Migration0006AgencyReference } from "./0006-agency-reference";
import { Migration0007MajorCases } from "./0007-major-cases";
import { Migration0008Deliverables } from "./0008-deliverables";
import { Migration0009TypicalCaseRecords } from "./0009-typical-case-records";

/** In order; each runs once per database, recorded in office.mikro_orm_migrations. */
export const migrations = [
  { name: "0001-init", class: Migration0001Init },
  { name: "0002-campaigns", class: Migration0002Campaigns },
  { name: "0003-submissions", class: Migration0003Submissions },
  { name: "0004-audit", class: Migration0004Audit },
  { name: "0005-audit-quarantine", class: Migration0005AuditQuarantine },
  { name: "0006-agency-reference", class: Migration0006AgencyReference },
  { name: "0007-major-cases", class: Migration0007MajorCases },
  { name: "0008-deliverables", class: Migration0008Deliverables },
  { name: "0009-typical-case-records", class: Migration0009TypicalCaseRecords },
  { name: "0010-corrections", class: Migration0010Corrections },
];
