import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  createUnique, Agency, CloseAdminCaseInput, closeAdminCase, Connection, ConnectionArgs, adminCaseWhere, assertNewCaseNumber, badInput, checkAdminCase, isUuid, one,
  paginate, type Context, type EntityManager,
} from "@ipr/shared";
import { CustomsJointOperation } from "../entities/customs-joint-operation";
import { CustomsRecordation } from "../entities/customs-recordation";
import { CustomsSeizure } from "../entities/customs-seizure";
import { Enterprise } from "../entities/foreign";
import { findSeizure } from "../lookups";
import { checkSeizureFacts, checkSeizureLinks } from "../seizure-rules";
import { CustomsSeizureFilter, RecordCustomsSeizureInput } from "../schema/inputs";

@ObjectType()
class CustomsSeizureConnection extends Connection(CustomsSeizure) {}

@Resolver(() => CustomsSeizure)
export class CustomsSeizureResolver {
  @Query(() => CustomsSeizure, { nullable: true })
  customsSeizure(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findSeizure(ctx, id);
  }

  @Query(() => CustomsSeizureConnection, { description: "Detentions in your region, newest seized first; filter.from/to apply to seizedOn" })
  customsSeizures(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => CustomsSeizureFilter, { nullable: true }) filter: CustomsSeizureFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    if (f.jointOperationId && !isUuid(f.jointOperationId)) throw badInput("filter.jointOperationId", "is not an id of a joint operation");
    const where = adminCaseWhere(ctx, filter, "seizedOn", {
      equal: ["direction", "basis"],
      where: f.jointOperationId ? { jointOperation: f.jointOperationId.toLowerCase() } : {},
    });
    return paginate(ctx.em, CustomsSeizure, where, page, "seizedOn");
  }

  @Mutation(() => CustomsSeizure, { description: "Close a seizure case with its outcome (结案), once, not before its seizedOn (CUSTOMS only, inside its region)" })
  closeCustomsSeizure(@Arg("input", () => CloseAdminCaseInput) input: CloseAdminCaseInput, @Ctx() ctx: Context) {
    return closeAdminCase(ctx, Agency.CUSTOMS, CustomsSeizure, input, "seizedOn");
  }

  @Mutation(() => CustomsSeizure, { description: "Record a detention of infringing imports or exports (CUSTOMS only, inside its region)" })
  async recordCustomsSeizure(@Arg("input", () => RecordCustomsSeizureInput) input: RecordCustomsSeizureInput, @Ctx() ctx: Context) {
    const taken = () => badInput("input.caseNumber", `${input.caseNumber.trim()} already exists`);
    // two detentions with the same number at once: the second loses at the unique index
    return createUnique(ctx, taken, (em) => recordCustomsSeizure(ctx, em, input));
  }


  @FieldResolver(() => ID, { nullable: true })
  recordationId(@Root() s: CustomsSeizure) {
    return s.recordation?.id ?? null;
  }

  @FieldResolver(() => CustomsRecordation, { nullable: true, description: "The recordation the detention relies on (required ex officio)" })
  recordation(@Root() s: CustomsSeizure, @Ctx() ctx: Context) {
    return s.recordation ? one(ctx, CustomsRecordation).load(s.recordation.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  jointOperationId(@Root() s: CustomsSeizure) {
    return s.jointOperation?.id ?? null;
  }

  @FieldResolver(() => CustomsJointOperation, { nullable: true })
  jointOperation(@Root() s: CustomsSeizure, @Ctx() ctx: Context) {
    return s.jointOperation ? one(ctx, CustomsJointOperation).load(s.jointOperation.id) : null;
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The right holder on the market-regulation register, if registered there" })
  rightHolder(@Root() s: CustomsSeizure) {
    return { creditCode: s.rightHolderCreditCode };
  }
}

/** recordCustomsSeizure's work inside its transaction: every creation check, then the detention (the bulk import runs it per row). */
export async function recordCustomsSeizure(ctx: Context, em: EntityManager, input: RecordCustomsSeizureInput): Promise<CustomsSeizure> {
  const common = checkAdminCase(ctx, Agency.CUSTOMS, input, ["seizedOn", input.seizedOn]);
  const own = checkSeizureFacts(input);
  await assertNewCaseNumber({ em }, CustomsSeizure, common.caseNumber);
  return em.create(CustomsSeizure, { ...common, ...own, ...(await checkSeizureLinks(em, input)) });
}
