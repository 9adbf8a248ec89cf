import { type Agency, CampaignCode, badInput, covers, notFound, requireId, type Context } from "@ipr/shared";
import type { ReportTypicalCaseInput } from "../schema/inputs";
import { figuresKey, recordFigures } from "./figures";
import { RECORDS, type TypicalCaseRecordType } from "./records";

/** What a typical case is about, as it is stored: the record's kind and id, or (without one) a typed agency and campaign. */
export interface Subject {
  agency: Agency;
  campaign: CampaignCode | null;
  recordType: TypicalCaseRecordType | null;
  recordId: string | null;
}

/**
 * The subject of a typical case to report in `unitRegion`. A record is the owner's fact: asked of its
 * owner as the caller (before any write), it must exist, be visible to the caller and lie inside the
 * unit's region; its agency and campaign are the record's, so they are not typed besides.
 */
export async function checkSubject(ctx: Context, input: ReportTypicalCaseInput, unitRegion: string): Promise<Subject> {
  if (input.recordType == null && input.recordId == null) {
    if (!input.agency) throw badInput("input.agency", "is required when the typical case names no record");
    return { agency: input.agency, campaign: input.campaign ?? null, recordType: null, recordId: null };
  }
  if (input.recordType == null) throw badInput("input.recordType", "is required with recordId");
  if (input.recordId == null) throw badInput("input.recordId", "is required with recordType");
  const kind = RECORDS[input.recordType];
  if (!kind) throw badInput("input.recordType", `${input.recordType} is not a kind of record`);
  const id = requireId(input.recordId, "input.recordId", kind.typename);
  if (input.agency != null && input.agency !== kind.agency) throw badInput("input.agency", `a ${kind.typename} is ${kind.agency}'s record: leave agency out`);
  if (input.campaign != null) throw badInput("input.campaign", "the campaign is the record's: leave it out");
  const figures = await recordFigures(ctx).load(figuresKey(input.recordType, id));
  if (!figures) throw notFound("input.recordId", kind.typename, id);
  if (!covers(unitRegion, figures.region))
    throw badInput("input.recordId", `is a record of ${figures.region}, outside the region ${unitRegion} the typical case is reported for`);
  return { agency: kind.agency, campaign: null, recordType: input.recordType, recordId: id.toLowerCase() };
}
