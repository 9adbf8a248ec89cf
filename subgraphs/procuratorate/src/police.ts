import { badInput, notFound, requireId, type Context } from "@ipr/shared";

/** What the procuratorate asks the police about a criminal case before recording a decision on it. */
export interface PoliceCase {
  id: string;
  region: string;
  filedOn: string;
  suspects: Array<{ id: string }>;
}

/**
 * The criminal case is the police's fact: one signed `_entities` call as the caller, which answers
 * null for an unknown case and for one outside the caller's region alike.
 */
export async function policeCase(ctx: Context, id: string, field: string): Promise<PoliceCase> {
  const criminalCaseId = requireId(id, field, "CriminalCase");
  const [found] = await ctx.peers.entities<PoliceCase>(ctx.identity, "police", "CriminalCase", [{ id: criminalCaseId }], "id region filedOn suspects { id }");
  if (!found) throw notFound(field, "CriminalCase", criminalCaseId);
  return found;
}

/** At least one id, none twice; returns them normalised (lower-case UUIDs as the police issue them). */
export function distinctIds(ids: string[], field: string, what: string): string[] {
  if (ids.length === 0) throw badInput(field, `at least one ${what} is required`);
  const seen = new Map<string, number>();
  return ids.map((raw, i) => {
    const id = raw.trim().toLowerCase();
    const first = seen.get(id);
    if (first !== undefined) throw badInput(`${field}[${i}]`, `is the same ${what} as ${field}[${first}]`);
    seen.set(id, i);
    return id;
  });
}
