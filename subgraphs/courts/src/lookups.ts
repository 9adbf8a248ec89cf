import { lookup, type Context } from "@ipr/shared";
import { CourtCase } from "./entities/court-case";
import { Judgment } from "./entities/judgment";

export const findCourtCase = (ctx: Context, id: string) => lookup(ctx, CourtCase, id);
export const findJudgment = (ctx: Context, id: string) => lookup(ctx, Judgment, id);
