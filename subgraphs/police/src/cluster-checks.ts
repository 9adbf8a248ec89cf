import { Agency, CampaignCode, assertCanWrite, assertRegion, badInput, covers, requireText, type Context } from "@ipr/shared";

/** A cluster's own facts, as createCaseCluster takes them or a stored cluster overlaid with a correction gives them. */
export interface ClusterFacts {
  name: string;
  leadRegion: string;
  campaign?: CampaignCode | null;
}

/** The lead region is written by its police, and is where one of the member cases (of `regions`) lies. */
export function checkLeadRegion(ctx: Context, input: ClusterFacts) {
  const leadRegion = assertRegion(input.leadRegion, "input.leadRegion");
  assertCanWrite(ctx, Agency.POLICE, leadRegion, "input.leadRegion");
  return leadRegion;
}

export function checkLeadsMembers(leadRegion: string, regions: string[]) {
  if (!regions.some((r) => covers(leadRegion, r)))
    throw badInput("input.leadRegion", `${leadRegion} is not the region of any member case (${regions.join(", ")})`);
}

/** Every creation check of a cluster's own facts, on a cluster as corrected (its members stay): the columns to write. */
export function checkCorrectedCluster(ctx: Context, corrected: ClusterFacts & { regions: string[] }) {
  const leadRegion = checkLeadRegion(ctx, corrected);
  const name = requireText(corrected.name, "input.name", 200);
  checkLeadsMembers(leadRegion, corrected.regions);
  return { name, leadRegion, campaign: corrected.campaign ?? CampaignCode.CLUSTER_CAMPAIGN };
}
