import { Agency, importResolvers } from "@ipr/shared";
import { CustomsSeizure } from "../entities/customs-seizure";
import { RecordCustomsSeizureInput } from "../schema/inputs";
import { recordCustomsSeizure } from "./customs-seizure";

/** stageCustomsSeizuresImport, commitCustomsSeizuresImport, customsSeizuresImport: the spreadsheet import behind /imports (the create mutation's own work per row, one transaction). */
export const CustomsSeizureImports = importResolvers({ name: "CustomsSeizures", typename: "CustomsSeizure", entity: CustomsSeizure, owner: Agency.CUSTOMS, input: RecordCustomsSeizureInput, key: "caseNumber", create: recordCustomsSeizure });
