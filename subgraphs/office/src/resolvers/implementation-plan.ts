import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { DateScalar, badInput, regionName, requireText, type Context } from "@ipr/shared";
import { ImplementationPlan, ImplementationPlanVersion, PlanContact } from "../entities/implementation-plan";
import { AmendImplementationPlanInput, SubmitImplementationPlanInput } from "../schema/deliverable-inputs";
import { ReportStatus } from "../report-status";
import { checkUnitOffice, checkUnitRead, unitsOfCaller } from "../report-access";
import { Deliverable } from "../deliverables/deliverable";
import { scheduleOf } from "../deliverables/schedule";
import { nextVersion, recordVersion, statusOfVersions, versionsOf } from "../deliverables/versions";
import { requireOpen } from "../deliverables/checks";

const MAX_MEASURES = 30;
const MAX_CONTACTS = 20;
const PHONE = /^[0-9+\-() ]{5,30}$/;
const WHAT = { name: "implementation plan", submit: "submitImplementationPlan", amend: "amendImplementationPlan", field: "input.region" };

@Resolver(() => ImplementationPlan)
export class ImplementationPlanResolver {
  @Query(() => ImplementationPlan, { description: "A reporting unit's implementation plan (实施方案): its deadline, status and versions" })
  implementationPlan(@Arg("region", () => String) region: string, @Ctx() ctx: Context): ImplementationPlan {
    return { region: checkUnitRead(ctx, region) };
  }

  @Query(() => [ImplementationPlan], { description: "The implementation plans of every reporting unit inside your region" })
  implementationPlans(@Ctx() ctx: Context): ImplementationPlan[] {
    return unitsOfCaller(ctx).map((region) => ({ region }));
  }

  @Mutation(() => ImplementationPlanVersion, {
    description: "A unit's office submits its implementation plan (OFFICE of exactly that unit), once the campaign has started. A second submission is refused: correct with amendImplementationPlan.",
  })
  async submitImplementationPlan(@Arg("input", () => SubmitImplementationPlanInput) input: SubmitImplementationPlanInput, @Ctx() ctx: Context) {
    const region = checkUnitOffice(ctx, input.region);
    const content = checkPlan(input);
    await requireOpen(ctx, await scheduleOf(ctx, Deliverable.IMPLEMENTATION_PLAN), "input");
    const version = await nextVersion(ctx, ImplementationPlanVersion, { region }, WHAT, false);
    return recordVersion(ctx, ImplementationPlanVersion, { region }, version, null, content, WHAT.field);
  }

  @Mutation(() => ImplementationPlanVersion, { description: "A unit's office corrects its implementation plan: a new version with the reason; earlier versions are kept" })
  async amendImplementationPlan(@Arg("input", () => AmendImplementationPlanInput) input: AmendImplementationPlanInput, @Ctx() ctx: Context) {
    const region = checkUnitOffice(ctx, input.region);
    const content = checkPlan(input);
    const reason = requireText(input.reason, "input.reason", 2000);
    const version = await nextVersion(ctx, ImplementationPlanVersion, { region }, WHAT, true);
    return recordVersion(ctx, ImplementationPlanVersion, { region }, version, reason, content, WHAT.field);
  }

  @FieldResolver(() => String, { description: "报送单位" })
  regionName(@Root() p: ImplementationPlan) {
    return regionName(p.region);
  }

  @FieldResolver(() => DateScalar, { description: "Due by the end of the mobilisation phase (campaign data)" })
  async dueOn(@Ctx() ctx: Context) {
    return (await scheduleOf(ctx, Deliverable.IMPLEMENTATION_PLAN)).dueOn;
  }

  @FieldResolver(() => ReportStatus, { description: "Against the deadline, judged on the day (China time) the plan was first submitted" })
  async status(@Root() p: ImplementationPlan, @Ctx() ctx: Context) {
    return statusOfVersions(ctx, await scheduleOf(ctx, Deliverable.IMPLEMENTATION_PLAN), await versionsOf(ctx, ImplementationPlanVersion, p));
  }

  @FieldResolver(() => Date, { nullable: true, description: "When the unit first submitted the plan" })
  async submittedAt(@Root() p: ImplementationPlan, @Ctx() ctx: Context) {
    return (await versionsOf(ctx, ImplementationPlanVersion, p))[0]?.submittedAt ?? null;
  }

  @FieldResolver(() => ImplementationPlanVersion, { nullable: true, description: "The version in force: the latest amendment, or the submission" })
  async current(@Root() p: ImplementationPlan, @Ctx() ctx: Context) {
    return (await versionsOf(ctx, ImplementationPlanVersion, p)).at(-1) ?? null;
  }

  @FieldResolver(() => [ImplementationPlanVersion], { description: "Every version, oldest first: the audit trail of amendments" })
  versions(@Root() p: ImplementationPlan, @Ctx() ctx: Context) {
    return versionsOf(ctx, ImplementationPlanVersion, p);
  }
}

/** Measures, agencies and contacts as the plan must hold them; the kit's input guard has already checked each string. */
function checkPlan(input: SubmitImplementationPlanInput): Pick<ImplementationPlanVersion, "measures" | "responsibleAgencies" | "contacts"> {
  if (!input.measures.length || input.measures.length > MAX_MEASURES) throw badInput("input.measures", `give one to ${MAX_MEASURES} measures`);
  const measures = input.measures.map((m, i) => requireText(m, `input.measures[${i}]`));
  if (!input.responsibleAgencies.length) throw badInput("input.responsibleAgencies", "name at least one responsible agency");
  input.responsibleAgencies.forEach((a, i) => {
    if (input.responsibleAgencies.indexOf(a) !== i) throw badInput(`input.responsibleAgencies[${i}]`, `${a} is listed twice`);
  });
  if (!input.contacts.length || input.contacts.length > MAX_CONTACTS) throw badInput("input.contacts", `give one to ${MAX_CONTACTS} contacts`);
  const contacts: PlanContact[] = input.contacts.map((c, i) => {
    const phone = c.phone.trim();
    if (!PHONE.test(phone)) throw badInput(`input.contacts[${i}].phone`, "digits, spaces, +, - and parentheses only (5 to 30)");
    return { name: requireText(c.name, `input.contacts[${i}].name`, 50), role: requireText(c.role, `input.contacts[${i}].role`, 100), phone };
  });
  return { measures, responsibleAgencies: [...input.responsibleAgencies], contacts };
}
