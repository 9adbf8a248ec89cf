import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { DateScalar, assertRegion, badInput, canRead, forbidden, type Context } from "@ipr/shared";
import { Referral } from "../entities/referral";
import { EnforcementCase, THRESHOLD_FACTS, type CaseStub } from "../entities/foreign";
import { EnforcementCaseType, SOURCES } from "../sources";
import { exceeds, thresholdRules } from "../thresholds";
import { thresholdFacts } from "./contributions";

const PAGE = 100;
/** An analyst's window: a year of one region's cases, read from the owner page by page. */
const MAX_DAYS = 366;
const MAX_PAGES = 200;

@Resolver()
export class UnreferredResolver {
  @Query(() => [EnforcementCase], {
    description:
      "Administrative cases of one type opened in a window that reach a criminal-prosecution threshold but were never referred to the police (fined instead of prosecuted). At most a year at a time.",
  })
  async casesOverThresholdNotReferred(
    @Arg("sourceType", () => EnforcementCaseType) sourceType: EnforcementCaseType,
    @Arg("region", () => String) region: string,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Ctx() ctx: Context,
  ) {
    assertRegion(region, "region", { allowNational: true });
    if (!canRead(ctx.identity, region)) throw forbidden(`region ${region} is outside your region ${ctx.identity.region}`, "region");
    if (to < from) throw badInput("to", `${to} is before from ${from}`);
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) throw badInput("to", `at most ${MAX_DAYS} days at a time`);
    const source = SOURCES[sourceType];
    const selection = ["id", ...THRESHOLD_FACTS[sourceType].map(([name]) => name)].join(" ");
    const query = `query($filter: ${source.typename}Filter, $after: String) { page: ${source.list}(first: ${PAGE}, after: $after, filter: $filter) {
      edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`;
    const rules = await thresholdRules(ctx);
    const over: CaseStub[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages++) {
      if (pages === MAX_PAGES) throw badInput("to", "too many cases in this window: narrow the region or the dates");
      const { page }: { page: { edges: Array<{ node: CaseStub }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        await ctx.peers.query(ctx.identity, source.subgraph, query, { filter: { region: region === "000000" ? null : region, from, to }, after });
      for (const { node } of page.edges) {
        const facts = thresholdFacts(sourceType, node);
        if (facts && exceeds(rules, ...facts)) over.push(node);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    if (!over.length) return [];
    const referred = new Set((await ctx.em.find(Referral, { sourceType, sourceId: { $in: over.map((c) => c.id) } }, { fields: ["sourceId"] })).map((r) => r.sourceId));
    return over.filter((c) => !referred.has(c.id)).map((c) => ({ __typename: source.typename, id: c.id }));
  }
}
