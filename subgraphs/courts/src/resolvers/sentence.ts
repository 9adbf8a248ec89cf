import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { one, type Context } from "@ipr/shared";
import { Judgment } from "../entities/judgment";
import { Person } from "../entities/foreign";
import { Sentence } from "../entities/sentence";

/** The defendant's personal data is the police's to show (their policy): the courts hold none of their own. */
@Resolver(() => Sentence)
export class SentenceResolver {
  @FieldResolver(() => Person, { nullable: true, description: "The defendant sentenced (police); null when the police do not show them to you" })
  person(@Root() s: Sentence) {
    return { id: s.personId };
  }

  @FieldResolver(() => Judgment)
  judgment(@Root() s: Sentence, @Ctx() ctx: Context) {
    return one(ctx, Judgment).load(s.judgment.id);
  }
}
