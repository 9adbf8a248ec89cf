import { lookup, one, type Context } from "@ipr/shared";
import { CopyrightCase } from "./entities/copyright-case";
import { CopyrightWork } from "./entities/copyright-work";
import { SoftwareLegalisationCheck } from "./entities/software-legalisation-check";

/** The register is public: a work is found whatever the caller's region. */
export const findCopyrightWork = (ctx: Context, registrationNumber: string) =>
  one(ctx, CopyrightWork, "registrationNumber").load(registrationNumber.trim());
/** Cases and checks outside the caller's region read as absent. */
export const findCopyrightCase = (ctx: Context, id: string) => lookup(ctx, CopyrightCase, id);
export const findSoftwareLegalisationCheck = (ctx: Context, id: string) => lookup(ctx, SoftwareLegalisationCheck, id);
