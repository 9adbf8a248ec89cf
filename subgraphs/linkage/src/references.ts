import { lookup, type Context, type ReferenceResolvers } from "@ipr/shared";
import { Referral } from "./entities/referral";
import { Clue } from "./entities/clue";
import { EvidenceTransfer } from "./entities/evidence-transfer";
import { AssistanceRequest } from "./entities/assistance-request";
import { findExchange } from "./exchange";

export const references: ReferenceResolvers = {
  Referral: (ref, ctx: Context) => lookup(ctx, Referral, String(ref.id)),
  Clue: (ref, ctx: Context) => findExchange(ctx, Clue, String(ref.id)),
  EvidenceTransfer: (ref, ctx: Context) => findExchange(ctx, EvidenceTransfer, String(ref.id)),
  AssistanceRequest: (ref, ctx: Context) => findExchange(ctx, AssistanceRequest, String(ref.id)),
};
