import { lookup, type Context } from "@ipr/shared";
import { CourierComplianceCheck } from "./entities/courier-compliance-check";
import { PostalInterception } from "./entities/postal-interception";

export const findPostalInterception = (ctx: Context, id: string) => lookup(ctx, PostalInterception, id);
export const findCourierComplianceCheck = (ctx: Context, id: string) => lookup(ctx, CourierComplianceCheck, id);
