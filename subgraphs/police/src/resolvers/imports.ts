import { Agency, importResolvers } from "@ipr/shared";
import { CriminalCase } from "../entities/criminal-case";
import { FileCriminalCaseInput } from "../schema/inputs";
import { fileCriminalCase } from "./criminal-case";

/** stageCriminalCasesImport, commitCriminalCasesImport, criminalCasesImport: the spreadsheet import behind /imports (the create mutation's own work per row, one transaction). */
export const CriminalCaseImports = importResolvers({ name: "CriminalCases", typename: "CriminalCase", entity: CriminalCase, owner: Agency.POLICE, input: FileCriminalCaseInput, key: "filingNumber", create: fileCriminalCase });
