import { assertRegion, badInput, covers, forbidden, requireCreditCode, requirePastDate, requireText, type Context } from "@ipr/shared";
import { complaintDeadlines } from "./deadlines";
import type { FileComplaintInput } from "./schema/inputs";

const PHONE = /^\+?[0-9][0-9 ()-]{4,28}$/;

/**
 * The checks of a complaint, shared by fileComplaint and correctComplaint (on the complaint as
 * corrected): its columns, with the deadlines counted again from the day it was received.
 */
export function checkComplaint(ctx: Context, input: FileComplaintInput) {
  const region = assertRegion(input.region, "input.region");
  if (!covers(ctx.identity.region, region)) throw forbidden(`input.region ${region} is outside your region ${ctx.identity.region}`, "input.region");
  const complainantCreditCode = requireCreditCode(input.complainantCreditCode.trim().toUpperCase(), "input.complainantCreditCode");
  const subject = requireText(input.subject, "input.subject", 200);
  const description = requireText(input.description, "input.description", 4000);
  requirePastDate(input.receivedOn, "input.receivedOn", ctx.now());
  const contactName = input.contactName?.trim() || null;
  const contactPhone = input.contactPhone?.trim() || null;
  if (contactPhone && !PHONE.test(contactPhone)) throw badInput("input.contactPhone", "is not a phone number (digits, spaces, +, - and parentheses)");
  return {
    complainantCreditCode, contactName, contactPhone, channel: input.channel, rightType: input.rightType, subject, description,
    region, receivedOn: input.receivedOn, ...complaintDeadlines(input.receivedOn),
  };
}
