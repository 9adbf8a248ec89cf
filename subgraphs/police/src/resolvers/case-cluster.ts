import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  CampaignCode, Connection, ConnectionArgs, badInput, many, newId, notFound,
  one, paginate, regionScope, requireText, scopedList, type Context,
} from "@ipr/shared";
import { CaseCluster, CaseClusterMember } from "../entities/case-cluster";
import { CriminalCase } from "../entities/criminal-case";
import { CaseClusterFilter, CreateCaseClusterInput } from "../schema/inputs";
import { checkLeadRegion, checkLeadsMembers } from "../cluster-checks";
import { canSeeCluster, findCaseCluster, findCriminalCase } from "../lookups";

@ObjectType()
class CaseClusterConnection extends Connection(CaseCluster) {}

@Resolver(() => CaseCluster)
export class CaseClusterResolver {
  @Query(() => CaseCluster, { nullable: true, description: "A cluster whose lead region or any member case's region you can see" })
  caseCluster(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findCaseCluster(ctx, id);
  }

  @Query(() => CaseClusterConnection, { description: "Clusters led from, or with a member case in, your region; newest first" })
  async caseClusters(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => CaseClusterFilter, { nullable: true }) filter: CaseClusterFilter | null,
    @Ctx() ctx: Context,
  ) {
    // filter.region narrows by the lead region; without it, a cluster with any member in your region shows too
    const led = scopedList(ctx, { region: filter?.region }, {});
    const lead = Object.fromEntries(Object.entries(led).map(([k, v]) => [k === "region" ? "leadRegion" : k, v]));
    const where: Record<string, unknown> = filter?.campaign ? { campaign: filter.campaign } : {};
    if (filter?.region) Object.assign(where, lead);
    else if (Object.keys(lead).length) {
      const members = await ctx.em.find(CaseClusterMember, regionScope(ctx.identity) as never, { fields: ["cluster"] });
      where.$or = [lead, { id: { $in: [...new Set(members.map((m) => m.cluster.id))] } }];
    }
    return paginate(ctx.em, CaseCluster, where, page, "createdAt");
  }

  @Mutation(() => CaseCluster, {
    description: "Tie criminal cases of at least two regions into a cluster campaign (POLICE only; every member must be a case you can see)",
  })
  async createCaseCluster(@Arg("input", () => CreateCaseClusterInput) input: CreateCaseClusterInput, @Ctx() ctx: Context) {
    const leadRegion = checkLeadRegion(ctx, input);
    const name = requireText(input.name, "input.name", 200);
    const ids = input.memberCaseIds ?? [];
    if (ids.length < 2) throw badInput("input.memberCaseIds", "a cluster ties at least two criminal cases");
    // every member checked (read only) before anything is written: an unseen case is absent, as in lookups
    const cases: CriminalCase[] = [];
    const seen = new Map<string, number>();
    for (const [i, id] of ids.entries()) {
      const at = `input.memberCaseIds[${i}]`;
      const found = await findCriminalCase(ctx, id);
      if (!found) throw notFound(at, "criminal case", id);
      const first = seen.get(found.id);
      if (first !== undefined) throw badInput(at, `is the same case as input.memberCaseIds[${first}]`);
      seen.set(found.id, i);
      cases.push(found);
    }
    const regions = [...new Set(cases.map((c) => c.region))].sort();
    if (regions.length < 2) throw badInput("input.memberCaseIds", `all member cases are of region ${regions[0]}: a cluster spans at least two regions`);
    checkLeadsMembers(leadRegion, regions);
    return ctx.em.transactional(async (em) => {
      const cluster = em.create(CaseCluster, {
        id: newId(), name, leadRegion, campaign: input.campaign ?? CampaignCode.CLUSTER_CAMPAIGN, regions,
      });
      cases.forEach((c, position) =>
        em.create(CaseClusterMember, { id: newId(), cluster, criminalCase: em.getReference(CriminalCase, c.id), region: c.region, position }));
      return cluster;
    });
  }

  @FieldResolver(() => [CriminalCase], {
    description: "The member cases you can see, in the order the cluster lists them; each one's chain (referral, arrest reviews, prosecutions, court cases) is reached from it",
  })
  async members(@Root() c: CaseCluster, @Ctx() ctx: Context) {
    const rows = await many(ctx, CaseClusterMember, "cluster", { position: "asc" }).load(c.id);
    const cases = await Promise.all(rows.map((m) => findCriminalCase(ctx, m.criminalCase.id)));
    return cases.filter((x): x is CriminalCase => x !== null);
  }
}

@Resolver(() => CriminalCase)
export class CriminalCaseClustersResolver {
  @FieldResolver(() => [CaseCluster], { description: "The cluster campaigns this case is a member of" })
  async clusters(@Root() c: CriminalCase, @Ctx() ctx: Context) {
    const rows = await many(ctx, CaseClusterMember, "criminalCase").load(c.id);
    const clusters = await Promise.all(rows.map((m) => one(ctx, CaseCluster).load(m.cluster.id)));
    return clusters.filter((x): x is CaseCluster => x !== null && canSeeCluster(ctx, x));
  }
}
