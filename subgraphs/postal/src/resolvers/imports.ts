import { Agency, importResolvers } from "@ipr/shared";
import { PostalInterception } from "../entities/postal-interception";
import { RecordPostalInterceptionInput } from "../schema/inputs";
import { recordPostalInterception } from "./postal-interception";

/** stagePostalInterceptionsImport, commitPostalInterceptionsImport, postalInterceptionsImport: the spreadsheet import behind /imports (the create mutation's own work per row, one transaction). */
export const PostalInterceptionImports = importResolvers({ name: "PostalInterceptions", typename: "PostalInterception", entity: PostalInterception, owner: Agency.POSTAL, input: RecordPostalInterceptionInput, key: "caseNumber", create: recordPostalInterception });
