import { lookup, type Context, type ReferenceResolvers } from "@ipr/shared";
import { Referral } from "./entities/referral";

export const references: ReferenceResolvers = {
  Referral: (ref, ctx: Context) => lookup(ctx, Referral, String(ref.id)),
};
