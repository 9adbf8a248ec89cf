import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, badInput, newId, notFound, paginate, requireText, type Context } from "@ipr/shared";
import { Clue, ClueStatus } from "../entities/clue";
import { EnforcementCase } from "../entities/foreign";
import { assertReceiver, checkExchange, exchangeScope, findExchange } from "../exchange";
import { AnswerClueInput, ExchangeFilter, SendClueInput } from "../schema/exchange-inputs";
import { SOURCES } from "../sources";

@ObjectType()
class ClueConnection extends Connection(Clue) {}

@Resolver(() => Clue)
export class ClueResolver {
  @Query(() => Clue, { nullable: true })
  clue(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findExchange(ctx, Clue, id);
  }

  @Query(() => ClueConnection, { description: "Clues sent from or to your region, newest first" })
  clues(@Args(() => ConnectionArgs) page: ConnectionArgs, @Arg("filter", () => ExchangeFilter, { nullable: true }) filter: ExchangeFilter | null, @Ctx() ctx: Context) {
    return paginate(ctx.em, Clue, { ...exchangeScope(ctx, filter), ...(filter?.clueStatus ? { status: filter.clueStatus } : {}) }, page, "sentAt");
  }

  @Mutation(() => Clue, { description: "Notify another agency of a clue (线索通报)" })
  async sendClue(@Arg("input", () => SendClueInput) input: SendClueInput, @Ctx() ctx: Context) {
    const summary = requireText(input.summary, "input.summary", 4000);
    const common = await checkExchange(ctx, input);
    return ctx.em.transactional(async (em) => em.create(Clue, { id: newId(), ...common, summary }));
  }

  @Mutation(() => Clue, { description: "The receiving agency acknowledges a clue or says what it did with it" })
  async answerClue(@Arg("input", () => AnswerClueInput) input: AnswerClueInput, @Ctx() ctx: Context) {
    return ctx.em.transactional(async (em) => {
      const clue = await findExchange({ ...ctx, em }, Clue, input.clueId, true);
      if (!clue) throw notFound("input.clueId", "clue", input.clueId);
      assertReceiver(ctx, clue, "input.clueId");
      const final = input.status !== "ACKNOWLEDGED";
      if (clue.status === ClueStatus.ACTED_ON || clue.status === ClueStatus.NO_ACTION)
        throw badInput("input.clueId", `already answered (${clue.status})`);
      em.assign(clue, {
        status: input.status as unknown as ClueStatus,
        answeredAt: ctx.now(),
        outcome: final ? requireText(input.outcome ?? "", "input.outcome", 4000) : input.outcome?.trim() || null,
      });
      return clue;
    });
  }

  @FieldResolver(() => EnforcementCase, { nullable: true })
  case(@Root() clue: Clue) {
    return clue.caseType && clue.caseId ? { __typename: SOURCES[clue.caseType].typename, id: clue.caseId } : null;
  }
}
