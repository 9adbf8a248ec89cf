import { Agency, assertCanWrite, assertRegion, badInput, requireText, type Context } from "@ipr/shared";
import type { Enterprise } from "./entities/enterprise";

/** What may be written of an enterprise, its credit code aside. */
export interface EnterpriseFacts {
  name: string;
  address?: string | null;
  foreignInvested: boolean;
  investorCountry?: string | null;
  region: string;
}

/**
 * An enterprise's facts, for its registration and its correction: the columns to write. SAIC only,
 * inside the region it is registered in (a correction: only when it moves the enterprise, since the
 * register is national).
 */
export function checkEnterprise(ctx: Context, input: EnterpriseFacts, stored?: Enterprise) {
  const region = assertRegion(input.region, "input.region");
  if (!stored || stored.region !== region) assertCanWrite(ctx, Agency.SAIC, region, "input.region");
  const name = requireText(input.name, "input.name", 200);
  const address = input.address == null ? null : requireText(input.address, "input.address", 300);
  const country = input.investorCountry?.toUpperCase() ?? null;
  if (country !== null && !/^[A-Z]{2}$/.test(country)) throw badInput("input.investorCountry", "must be an ISO 3166-1 alpha-2 code");
  if (input.foreignInvested && !country) throw badInput("input.investorCountry", "is required for a foreign-invested enterprise");
  return { name, address, foreignInvested: input.foreignInvested, investorCountry: country, region };
}
