import { LockMode } from "@mikro-orm/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { scopedList, assertAgency, Agency, Connection, ConnectionArgs, badInput, canRead, isUuid, newId, notFound, paginate, requirePastDate, type Context } from "@ipr/shared";
import { SoftwareLegalisationCheck, isCompliant } from "../entities/software-legalisation-check";
import {
  RecordSoftwareLegalisationCheckInput, RectifySoftwareLegalisationCheckInput, SoftwareLegalisationCheckFilter,
} from "../schema/software-legalisation";
import { findSoftwareLegalisationCheck } from "../lookups";
import { checkRectifiedOn, checkSoftwareCheck } from "../software-check-rules";

@ObjectType()
class SoftwareLegalisationCheckConnection extends Connection(SoftwareLegalisationCheck) {}

/** `compliant` as a row filter, the same rule as `isCompliant`. */
const compliantWhere = (compliant: boolean) =>
  compliant ? { $or: [{ unlicensedCopiesFound: 0 }, { rectifiedOn: { $ne: null } }] } : { unlicensedCopiesFound: { $gt: 0 }, rectifiedOn: null };

/** A rectification date: a past document date, not before the inspection it rectifies. */
@Resolver(() => SoftwareLegalisationCheck)
export class SoftwareLegalisationCheckResolver {
  @Query(() => SoftwareLegalisationCheck, { nullable: true })
  softwareLegalisationCheck(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findSoftwareLegalisationCheck(ctx, id);
  }

  @Query(() => SoftwareLegalisationCheckConnection, { description: "Inspections in your region, newest first" })
  softwareLegalisationChecks(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => SoftwareLegalisationCheckFilter, { nullable: true }) filter: SoftwareLegalisationCheckFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    const where = scopedList(ctx, f, {
      dates: "checkedOn",
      equal: ["organisationType"],
      where: f.compliant != null ? compliantWhere(f.compliant) : {},
    });
    return paginate(ctx.em, SoftwareLegalisationCheck, where, page, "checkedOn");
  }

  @Mutation(() => SoftwareLegalisationCheck, { description: "Record a software legalisation inspection (PRESS only, inside its region)" })
  async recordSoftwareLegalisationCheck(
    @Arg("input", () => RecordSoftwareLegalisationCheckInput) input: RecordSoftwareLegalisationCheckInput,
    @Ctx() ctx: Context,
  ) {
    const fields = checkSoftwareCheck(ctx, input);
    return ctx.em.transactional(async (em) => em.create(SoftwareLegalisationCheck, { id: newId(), ...fields }));
  }

  @Mutation(() => SoftwareLegalisationCheck, { description: "Record that the unlicensed copies an inspection found were rectified (PRESS only, inside its region)" })
  async rectifySoftwareLegalisationCheck(
    @Arg("input", () => RectifySoftwareLegalisationCheckInput) input: RectifySoftwareLegalisationCheckInput,
    @Ctx() ctx: Context,
  ) {
    assertAgency(ctx, Agency.PRESS);
    requirePastDate(input.rectifiedOn, "input.rectifiedOn", ctx.now());
    const missing = () => notFound("input.checkId", "software legalisation check", input.checkId);
    if (!isUuid(input.checkId)) throw missing();
    return ctx.em.transactional(async (em) => {
      // locked, so two rectifications of one check cannot both pass the "already rectified" test
      const check = await em.findOne(SoftwareLegalisationCheck, { id: input.checkId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // out of region reads as absent, as in every lookup
      if (!check || !canRead(ctx.identity, check.region)) throw missing();
      if (check.unlicensedCopiesFound === 0) throw badInput("input.checkId", "nothing to rectify: the inspection found no unlicensed copies");
      if (check.rectifiedOn) throw badInput("input.checkId", `already rectified on ${check.rectifiedOn}`);
      checkRectifiedOn(input.rectifiedOn, "input.rectifiedOn", check.checkedOn, ctx.now());
      check.rectifiedOn = input.rectifiedOn;
      return check;
    });
  }

  @FieldResolver(() => Boolean, { description: "No unlicensed copies were found, or they have been rectified" })
  compliant(@Root() c: SoftwareLegalisationCheck): boolean {
    return isCompliant(c);
  }
}
