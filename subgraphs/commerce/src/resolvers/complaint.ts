import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import {
  Connection, ConnectionArgs, assertCanWrite, assertRegion, badInput, dateRange, lookup, newId, paginate, regionScope, requirePastDate, requireText,
  type Context,
} from "@ipr/shared";
import { Complaint } from "../entities/complaint";
import { ComplaintFilter, CecordComplaintInput } from "../schema/inputs";
import { WRITER } from "../policy";

@ObjectType()
class ComplaintConnection extends Connection(Complaint) {}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => Complaint, { nullable: true, description: "One record, if it is in your region" })
  complaint(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return lookup(ctx, Complaint, id);
  }

  @Query(() => ComplaintConnection, { description: "Records in your region, newest first" })
  complaints(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | null,
    @Ctx() ctx: Context,
  ) {
    if (filter?.region) assertRegion(filter.region, "filter.region");
    const where = { ...regionScope(ctx.identity, filter?.region), ...dateRange("recordedOn", filter?.from, filter?.to) };
    return paginate(ctx.em, Complaint, where, page, "recordedOn");
  }

  @Mutation(() => Complaint, { description: "Record one (COMMERCE only, inside its region)" })
  async recordComplaint(@Arg("input", () => CecordComplaintInput) input: CecordComplaintInput, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, WRITER, region);
    const documentNumber = requireText(input.documentNumber, "input.documentNumber", 100);
    requirePastDate(input.recordedOn, "input.recordedOn", ctx.now());
    return ctx.em.transactional(async (em) => {
      if (await em.findOne(Complaint, { documentNumber })) throw badInput("input.documentNumber", `${documentNumber} is already recorded`);
      return em.create(Complaint, {
        id: newId(), documentNumber, region, recordedOn: input.recordedOn, subject: input.subject.trim(), createdBy: ctx.identity.sub,
      });
    });
  }
}
