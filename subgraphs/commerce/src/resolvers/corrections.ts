import { correctionResolvers } from "@ipr/shared";
import { Complaint } from "../entities/complaint";
import { OutreachEvent } from "../entities/outreach-event";
import { checkComplaint } from "../complaint-checks";
import { checkOutreachEvent } from "../outreach-checks";
import { CorrectComplaintInput, CorrectOutreachEventInput } from "../schema/inputs";

/**
 * correctComplaint / withdrawComplaint: the agency that recorded the complaint, inside the region it
 * was recorded in, every filing check again (the deadlines follow a corrected receipt date). Its
 * routing, decision and answer are workflow steps, not corrected here. A withdrawn complaint leaves
 * lists, inboxes and lookups; its events and history stay.
 */
export const ComplaintCorrections = correctionResolvers({
  typename: "Complaint",
  entity: Complaint,
  owner: (c) => c.filedByAgency,
  input: CorrectComplaintInput,
  check: (ctx, corrected) => checkComplaint(ctx, corrected as never),
});

/** correctOutreachEvent / withdrawOutreachEvent: the organising agency, inside its region; a list is corrected whole. */
export const OutreachEventCorrections = correctionResolvers({
  typename: "OutreachEvent",
  entity: OutreachEvent,
  owner: (e) => e.organiser,
  input: CorrectOutreachEventInput,
  check: (ctx, corrected) => checkOutreachEvent(ctx, corrected as never),
});
