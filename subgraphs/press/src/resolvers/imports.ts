import { Agency, importResolvers } from "@ipr/shared";
import { CopyrightCase } from "../entities/copyright-case";
import { CreateCopyrightCaseInput } from "../schema/copyright-case";
import { createCopyrightCase } from "./copyright-case";

/** stageCopyrightCasesImport, commitCopyrightCasesImport, copyrightCasesImport: the spreadsheet import behind /imports (the create mutation's own work per row, one transaction). */
export const CopyrightCaseImports = importResolvers({ name: "CopyrightCases", typename: "CopyrightCase", entity: CopyrightCase, owner: Agency.PRESS, input: CreateCopyrightCaseInput, key: "caseNumber", create: createCopyrightCase });
