import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { scopedList, Connection, ConnectionArgs, canRead, many, newId, paginate, type Context } from "@ipr/shared";
import { CustomsJointOperation } from "../entities/customs-joint-operation";
import { CustomsSeizure } from "../entities/customs-seizure";
import { checkJointOperationInput } from "../operation-rules";
import { findJointOperation } from "../lookups";
import { CustomsJointOperationFilter, RecordCustomsJointOperationInput } from "../schema/inputs";

@ObjectType()
class CustomsJointOperationConnection extends Connection(CustomsJointOperation) {}

@Resolver(() => CustomsJointOperation)
export class CustomsJointOperationResolver {
  @Query(() => CustomsJointOperation, { nullable: true, description: "Joint operations are national: every agency and region reads them" })
  customsJointOperation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findJointOperation(ctx, id);
  }

  @Query(() => CustomsJointOperationConnection, { description: "All joint operations, latest started first" })
  customsJointOperations(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => CustomsJointOperationFilter, { nullable: true }) filter: CustomsJointOperationFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    // operations are national: no region scope
    const where = scopedList(ctx, f, {
      region: false,
      where: {
        ...(f.activeOn ? { startedOn: { $lte: f.activeOn }, $or: [{ endedOn: null }, { endedOn: { $gte: f.activeOn } }] } : {}),
        ...(f.partner ? { partners: { $contains: [f.partner.trim()] } } : {}),
      },
    });
    return paginate(ctx.em, CustomsJointOperation, where, page, "startedOn");
  }

  @Mutation(() => CustomsJointOperation, { description: "Record a joint operation with international organisations or foreign agencies (CUSTOMS only; national)" })
  async recordCustomsJointOperation(
    @Arg("input", () => RecordCustomsJointOperationInput) input: RecordCustomsJointOperationInput,
    @Ctx() ctx: Context,
  ) {
    const fields = checkJointOperationInput(ctx, input);
    return ctx.em.transactional(async (em) => em.create(CustomsJointOperation, { id: newId(), ...fields }));
  }

  @FieldResolver(() => [CustomsSeizure], { description: "Detentions of the operation in your region, newest first" })
  async seizures(@Root() op: CustomsJointOperation, @Ctx() ctx: Context) {
    const rows = await many(ctx, CustomsSeizure, "jointOperation", { seizedOn: "desc", id: "desc" }).load(op.id);
    return rows.filter((s) => canRead(ctx.identity, s.region));
  }
}
