import { Agency, importResolvers } from "@ipr/shared";
import { PatentCase } from "../entities/patent-case";
import { CreatePatentCaseInput } from "../schema/inputs";
import { createPatentCase } from "./patent-case";

/** stagePatentCasesImport, commitPatentCasesImport, patentCasesImport: the spreadsheet import behind /imports (the create mutation's own work per row, one transaction). */
export const PatentCaseImports = importResolvers({ name: "PatentCases", typename: "PatentCase", entity: PatentCase, owner: Agency.IPO, input: CreatePatentCaseInput, key: "caseNumber", create: createPatentCase });
