import { Arg, Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import { DateScalar, assertRegion, badInput, canRead, forbidden, type Context } from "@ipr/shared";
import { MajorCaseReport } from "../entities/major-case-report";
import { MajorCaseRuleKind } from "../entities/major-case-rule";
import { MAJOR_CASE_TYPES, MajorCase, MajorCaseType, REPORTABLE, caseRef } from "../major-cases/reportable";
import { groundsOf, majorCaseRules, provinceOf, reportWithinDays, rulesMet } from "../major-cases/rules";
import { isOverdue, reportDue } from "../major-cases/deadlines";
import { factsOf, factsSelection } from "./major-case-report";

@ObjectType({ description: "A case that meets a major-case criterion but was not reported to the office" })
class UnreportedMajorCase {
  @Field(() => MajorCaseType) caseType!: string;
  @Field(() => MajorCase, { nullable: true }) case!: { __typename: string; id: string };
  @Field(() => String) region!: string;
  @Field(() => DateScalar, { description: "The date it was opened or filed" }) caseDate!: string;
  @Field(() => [MajorCaseRuleKind]) grounds!: MajorCaseRuleKind[];
  @Field(() => Date) reportDueAt!: Date;
  @Field(() => Boolean, { description: "Its reporting deadline has passed" }) overdue!: boolean;
}

const PAGE = 100;
/** An analyst's window: a year of one region's cases, read from each owner page by page. */
const MAX_DAYS = 366;
/** Per kind of case: 10,000 cases in the window at most, then the caller narrows it. */
const MAX_PAGES = 100;

interface Seen {
  caseType: string;
  node: Record<string, unknown>;
  holder: string | null;
}

@Resolver()
export class NotReportedResolver {
  @Query(() => [UnreportedMajorCase], {
    description:
      "Cases opened or filed in a window that meet a major-case criterion in force on their date but were never reported to the office, " +
      "read from every owner's list as the caller. At most a year at a time; several provinces are counted among the right holder's " +
      "foreign-invested cases of the window that the caller can see (so ask nationally for that criterion).",
  })
  async majorCasesNotReported(
    @Arg("region", () => String) region: string,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Ctx() ctx: Context,
  ) {
    assertRegion(region, "region", { allowNational: true });
    if (!canRead(ctx.identity, region)) throw forbidden(`region ${region} is outside your region ${ctx.identity.region}`, "region");
    if (to < from) throw badInput("to", `${to} is before from ${from}`);
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) throw badInput("to", `at most ${MAX_DAYS} days at a time`);
    const seen: Seen[] = [];
    for (const caseType of MAJOR_CASE_TYPES) {
      const kind = REPORTABLE[caseType];
      const [fromArg, toArg] = kind.range;
      const query = `query($filter: ${kind.typename}Filter, $after: String) { page: ${kind.list}(first: ${PAGE}, after: $after, filter: $filter) {
        edges { node { ${factsSelection(kind)} } } pageInfo { hasNextPage endCursor } } }`;
      const filter = { region: region === "000000" ? null : region, [fromArg]: from, [toArg]: to };
      let after: string | null = null;
      for (let pages = 0; ; pages++) {
        if (pages === MAX_PAGES) throw badInput("to", "too many cases in this window: narrow the region or the dates");
        const { page }: { page: { edges: Array<{ node: Record<string, unknown> }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
          await ctx.peers.query(ctx.identity, kind.subgraph, query, { filter, after });
        for (const { node } of page.edges) {
          const foreign = kind.facts.foreignInvested ? node[kind.facts.foreignInvested] : false;
          seen.push({ caseType, node, holder: foreign && kind.facts.rightHolder ? (node[kind.facts.rightHolder] as string | null) : null });
        }
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
    }
    // provinces per foreign-invested right holder, over every kind of case seen
    const provinces = new Map<string, Set<string>>();
    for (const s of seen) if (s.holder) provinces.set(s.holder, (provinces.get(s.holder) ?? new Set()).add(provinceOf(String(s.node.region))));
    const rules = await majorCaseRules(ctx);
    const now = ctx.now();
    const major = seen.flatMap((s) => {
      const facts = factsOf(REPORTABLE[s.caseType], s.node, s.holder ? provinces.get(s.holder)!.size : 0);
      const grounds = groundsOf(rulesMet(rules, facts));
      if (!grounds.length) return [];
      const reportDueAt = reportDue(facts.date, reportWithinDays(rules, facts));
      return [{ caseType: s.caseType, case: caseRef(s.caseType, String(s.node.id)), region: String(s.node.region), caseDate: facts.date, grounds, reportDueAt, overdue: isOverdue(reportDueAt, now) }];
    });
    if (!major.length) return [];
    const reported = new Set(
      (await ctx.em.find(MajorCaseReport, { caseId: { $in: major.map((m) => m.case.id) } }, { fields: ["caseType", "caseId"] })).map((r) => `${r.caseType}/${r.caseId}`),
    );
    return major.filter((m) => !reported.has(`${m.caseType}/${m.case.id}`)).sort((a, b) => a.reportDueAt.getTime() - b.reportDueAt.getTime() || a.case.id.localeCompare(b.case.id));
  }
}
