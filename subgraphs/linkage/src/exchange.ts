import { LockMode } from "@mikro-orm/core";
import { Agency, assertRegion, badInput, canRead, covers, forbidden, isUuid, lookup, notFound, regionPrefixFilter, requireText, type Context, type Where } from "@ipr/shared";
import { SOURCES } from "./sources";
import type { Exchange } from "./entities/exchange";
import type { ExchangeFilter, ExchangeInput } from "./schema/exchange-inputs";

/** Both sides read an exchange: the caller covers the sender's or the receiver's region. */
export const canReadExchange = (ctx: Context, e: Exchange) => canRead(ctx.identity, e.region) || canRead(ctx.identity, e.toRegion);

export function exchangeScope(ctx: Context, f: ExchangeFilter | null): Where {
  return {
    $or: [regionPrefixFilter(ctx.identity.region, "region"), regionPrefixFilter(ctx.identity.region, "toRegion")],
    ...(f?.toAgency ? { toAgency: f.toAgency } : {}),
    ...(f?.fromAgency ? { fromAgency: f.fromAgency } : {}),
  };
}

/** An exchange by id, or null when it does not exist or the caller is on neither side. */
export async function findExchange<T extends Exchange>(ctx: Context, entity: new () => T, id: string, lock = false): Promise<T | null> {
  if (!isUuid(id)) return null;
  // locked when a step is being recorded: two officers answering at once must not both succeed
  const row = await ctx.em.findOne(entity, { id: id.toLowerCase() } as never, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  return row && canReadExchange(ctx, row) ? (row as T) : null;
}

/** The sender's part: any member agency but the office (which writes only office data), from inside its region. */
export async function checkExchange(ctx: Context, input: ExchangeInput) {
  if (ctx.identity.agency === Agency.OFFICE) throw forbidden("the national office does not send case exchanges");
  const region = assertRegion(input.region, "input.region");
  if (!covers(ctx.identity.region, region)) throw forbidden(`input.region ${region} is outside your region ${ctx.identity.region}`, "input.region");
  const toRegion = assertRegion(input.toRegion, "input.toRegion");
  if (input.toAgency === ctx.identity.agency && toRegion === region) throw badInput("input.toAgency", "is your own agency and region");
  if (input.toAgency === Agency.OFFICE) throw badInput("input.toAgency", "the national office receives reports, not case exchanges");
  if (!!input.caseType !== !!input.caseId) throw badInput(input.caseType ? "input.caseId" : "input.caseType", "caseType and caseId go together");
  let caseId: string | null = null;
  if (input.caseType && input.caseId) {
    const source = SOURCES[input.caseType];
    const [found] = isUuid(input.caseId) ? await ctx.peers.entities(ctx.identity, source.subgraph, source.typename, [{ id: input.caseId.toLowerCase() }], "id") : [null];
    if (!found) throw notFound("input.caseId", source.typename, input.caseId);
    caseId = input.caseId.toLowerCase();
  }
  return { fromAgency: ctx.identity.agency, region, toAgency: input.toAgency, toRegion, caseType: input.caseType ?? null, caseId, sentAt: ctx.now(), sentBy: ctx.identity.sub };
}

/** The receiver's part: only the agency it was sent to, inside the receiving region. */
export function assertReceiver(ctx: Context, e: Exchange, field: string) {
  if (ctx.identity.agency !== e.toAgency || !covers(ctx.identity.region, e.toRegion))
    throw forbidden(`only ${e.toAgency} in ${e.toRegion} answers this`, field);
}

export const requireNote = (value: string | null | undefined, field: string) => requireText(value ?? "", field, 4000);
export { lookup };
