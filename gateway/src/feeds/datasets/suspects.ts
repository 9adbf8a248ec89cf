import { UPDATED_AT, declared, type ListDataset } from "../model";

const spec = declared("suspects");

export const suspects: ListDataset = {
  kind: "list",
  name: spec.name,
  description: spec.description,
  // no birth date: GraphQL refuses it (not masks it) outside POLICE, PROCURATORATE, COURTS, and a feed has one shape for all
  sources: [{ list: spec.list, filter: "CriminalCaseFilter", dates: ["filedFrom", "filedTo"] }],
  unnest: "suspects",
  // a suspect leaves with its case: a withdrawn criminal case removes its suspects' rows
  withdrawable: true,
  key: ["criminal_case_id"],
  columns: [
    { name: "id", type: "string", path: "suspects.id", description: "The suspect's id" },
    { name: "criminal_case_id", type: "string", path: "id", description: "The criminal case" },
    { name: "filing_number", type: "string", path: "filingNumber", description: "The case's filing number" },
    { name: "region", type: "string", path: "region", description: "The case's region" },
    { name: "filed_on", type: "date", path: "filedOn", description: "The case's filing date" },
    { name: "name", type: "string", path: "suspects.name", description: "Name (PII: masked outside POLICE, PROCURATORATE, COURTS)" },
    { name: "id_number", type: "string", path: "suspects.idNumber", description: "Resident ID number (PII: null or masked outside POLICE, PROCURATORATE, COURTS)" },
    { name: "nationality", type: "string", path: "suspects.nationality", description: "Nationality" },
    { name: "caught_on", type: "date", path: "suspects.caughtOn", description: "Date caught (抓获); null if at large" },
    { ...UPDATED_AT, description: "When the case last changed, UTC (a suspect changes with its case)" },
  ],
};
