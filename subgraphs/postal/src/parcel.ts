import { Agency, badInput, checkAdminCaseCorrection, requireCreditCode, requireText, type Context } from "@ipr/shared";
import { PostalInterception } from "./entities/postal-interception";
import { checkEndpoint, TRACKING_NUMBER } from "./endpoints";
import type { RecordPostalInterceptionInput } from "./schema/inputs";

/** Checks the parcel half of an interception (the admin-case half is the kit's `checkAdminCase`) and normalises it. */
export function checkParcel(input: RecordPostalInterceptionInput) {
  const trackingNumber = input.trackingNumber.trim().toUpperCase();
  if (!TRACKING_NUMBER.test(trackingNumber)) throw badInput("input.trackingNumber", "must be 8-40 characters of A-Z, 0-9 and -");
  requireCreditCode(input.courierCreditCode, "input.courierCreditCode");
  const courierName = requireText(input.courierName, "input.courierName");
  const origin = checkEndpoint(input.origin, "input.origin");
  const destination = checkEndpoint(input.destination, "input.destination");
  if (input.crossBorderECommerce && !origin.abroad && !destination.abroad)
    throw badInput("input.crossBorderECommerce", "a cross-border e-commerce parcel needs an origin or destination abroad (an ISO 3166-1 country code)");
  const goods = requireText(input.goods, "input.goods", 500);
  if (!(input.itemCount > 0)) throw badInput("input.itemCount", "must be at least 1");
  return {
    trackingNumber,
    courierCreditCode: input.courierCreditCode,
    courierName,
    origin: origin.code,
    destination: destination.code,
    crossBorderECommerce: input.crossBorderECommerce,
    control: input.control,
    goods,
    itemCount: input.itemCount,
  };
}

/** Every creation check on an interception as corrected: the columns correctPostalInterception writes. */
export async function checkCorrectedInterception(ctx: Context, corrected: RecordPostalInterceptionInput, row: PostalInterception) {
  const common = await checkAdminCaseCorrection(ctx, Agency.POSTAL, PostalInterception, corrected, row, "interceptedOn");
  return { ...common, ...checkParcel(corrected) };
}
