import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, badInput, notFound, newId, paginate, requireText, todayIn, type Context } from "@ipr/shared";
import { AssistanceRequest, AssistanceStatus } from "../entities/assistance-request";
import { EnforcementCase } from "../entities/foreign";
import { assertReceiver, checkExchange, exchangeScope, findExchange } from "../exchange";
import { AnswerAssistanceInput, ExchangeFilter, RequestAssistanceInput } from "../schema/exchange-inputs";
import { SOURCES } from "../sources";

@ObjectType()
class AssistanceRequestConnection extends Connection(AssistanceRequest) {}

@Resolver(() => AssistanceRequest)
export class AssistanceRequestResolver {
  @Query(() => AssistanceRequest, { nullable: true })
  assistanceRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findExchange(ctx, AssistanceRequest, id);
  }

  @Query(() => AssistanceRequestConnection, { description: "Assistance requests from or to your region, newest first" })
  assistanceRequests(@Args(() => ConnectionArgs) page: ConnectionArgs, @Arg("filter", () => ExchangeFilter, { nullable: true }) filter: ExchangeFilter | null, @Ctx() ctx: Context) {
    return paginate(ctx.em, AssistanceRequest, { ...exchangeScope(ctx, filter), ...(filter?.assistanceStatus ? { status: filter.assistanceStatus } : {}) }, page, "sentAt");
  }

  @Mutation(() => AssistanceRequest, { description: "Ask another agency or region to help investigate (案件协查)" })
  async requestAssistance(@Arg("input", () => RequestAssistanceInput) input: RequestAssistanceInput, @Ctx() ctx: Context) {
    const subject = requireText(input.subject, "input.subject", 4000);
    if (input.dueOn < todayIn(ctx.now())) throw badInput("input.dueOn", "is in the past");
    const common = await checkExchange(ctx, input);
    return ctx.em.transactional(async (em) => em.create(AssistanceRequest, { id: newId(), ...common, subject, dueOn: input.dueOn }));
  }

  @Mutation(() => AssistanceRequest, { description: "The receiving agency answers, or declines, an assistance request" })
  async answerAssistanceRequest(@Arg("input", () => AnswerAssistanceInput) input: AnswerAssistanceInput, @Ctx() ctx: Context) {
    const answer = requireText(input.answer, "input.answer", 4000);
    return ctx.em.transactional(async (em) => {
      const request = await findExchange({ ...ctx, em }, AssistanceRequest, input.requestId, true);
      if (!request) throw notFound("input.requestId", "assistance request", input.requestId);
      assertReceiver(ctx, request, "input.requestId");
      if (request.status !== AssistanceStatus.OPEN) throw badInput("input.requestId", `already ${request.status}`);
      em.assign(request, { status: input.declined ? AssistanceStatus.DECLINED : AssistanceStatus.ANSWERED, answer, answeredAt: ctx.now() });
      return request;
    });
  }

  @FieldResolver(() => Boolean, { description: "Still open after its answer date (China time)" })
  overdue(@Root() r: AssistanceRequest, @Ctx() ctx: Context) {
    return r.status === AssistanceStatus.OPEN && todayIn(ctx.now()) > r.dueOn;
  }

  @FieldResolver(() => EnforcementCase, { nullable: true })
  case(@Root() r: AssistanceRequest) {
    return r.caseType && r.caseId ? { __typename: SOURCES[r.caseType].typename, id: r.caseId } : null;
  }
}
