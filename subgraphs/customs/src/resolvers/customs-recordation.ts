import { LockMode } from "@mikro-orm/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { scopedList, createUnique, Agency, assertAgency, Connection, ConnectionArgs, DateScalar, badInput, canRead, isUuid, many, newId, notFound, paginate, requirePastDate, requireText, todayIn, WITH_WITHDRAWN, type Context } from "@ipr/shared";
import { CopyrightWork, Enterprise, Patent, Trademark } from "../entities/foreign";
import { CustomsRecordation, CustomsRightType } from "../entities/customs-recordation";
import { CustomsSeizure } from "../entities/customs-seizure";
import { renewalOpensOn, renewedValidUntil } from "../dates";
import { findRecordation } from "../lookups";
import { assertNoOverlap, checkRecordationInput } from "../recordation-rules";
import { CustomsRecordationFilter, RecordCustomsRecordationInput, RenewCustomsRecordationInput } from "../schema/inputs";

@ObjectType()
class CustomsRecordationConnection extends Connection(CustomsRecordation) {}

/** The letter a recordation number starts with, by the kind of right recorded. */
const NUMBER_LETTER: Record<CustomsRightType, string> = {
  [CustomsRightType.TRADEMARK]: "T",
  [CustomsRightType.PATENT]: "P",
  [CustomsRightType.COPYRIGHT]: "C",
};

function checkRecordationNumber(value: string, rightType: CustomsRightType): string {
  const number = requireText(value, "input.recordationNumber", 20).toUpperCase();
  if (!/^[TPC]\d{4}-\d{1,6}$/.test(number)) throw badInput("input.recordationNumber", `${JSON.stringify(value)} is not a recordation number like T2017-12345`);
  if (number[0] !== NUMBER_LETTER[rightType])
    throw badInput("input.recordationNumber", `a ${rightType.toLowerCase()} recordation number starts with ${NUMBER_LETTER[rightType]}`);
  return number;
}

const isValidOn = (r: CustomsRecordation, day: string) => r.recordedOn <= day && day <= r.validUntil;

@Resolver(() => CustomsRecordation)
export class CustomsRecordationResolver {
  @Query(() => CustomsRecordation, { nullable: true, description: "Recordations are national: every agency and region reads them" })
  customsRecordation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findRecordation(ctx, id);
  }

  @Query(() => CustomsRecordationConnection, { description: "All recordations, newest recorded first" })
  customsRecordations(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => CustomsRecordationFilter, { nullable: true }) filter: CustomsRecordationFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    // recordations are national: no region scope
    const where = scopedList(ctx, f, {
      region: false,
      equal: ["rightType", "holderCreditCode"],
      where: f.validOn ? { recordedOn: { $lte: f.validOn }, validUntil: { $gte: f.validOn } } : {},
    });
    return paginate(ctx.em, CustomsRecordation, where, page, "recordedOn");
  }

  @Mutation(() => CustomsRecordation, { description: "Record a right for customs protection, valid ten years (CUSTOMS only; national)" })
  async recordCustomsRecordation(@Arg("input", () => RecordCustomsRecordationInput) input: RecordCustomsRecordationInput, @Ctx() ctx: Context) {
    assertAgency(ctx, Agency.CUSTOMS);
    const recordationNumber = checkRecordationNumber(input.recordationNumber, input.rightType);
    const fields = checkRecordationInput(ctx, input);
    const taken = () => badInput("input.recordationNumber", `${recordationNumber} already exists`);
    // two recordings of the same number at once: the second loses at the unique index
    return createUnique(ctx, taken, async (em) => {
      if (await em.findOne(CustomsRecordation, { recordationNumber }, WITH_WITHDRAWN)) throw taken();
      await assertNoOverlap(em, fields);
      return em.create(CustomsRecordation, { id: newId(), recordationNumber, ...fields });
    });
  }

  @Mutation(() => CustomsRecordation, {
    description: "Renew a recordation for ten more years from its expiry, from six months before it (CUSTOMS only; national)",
  })
  async renewCustomsRecordation(@Arg("input", () => RenewCustomsRecordationInput) input: RenewCustomsRecordationInput, @Ctx() ctx: Context) {
    assertAgency(ctx, Agency.CUSTOMS);
    requirePastDate(input.renewedOn, "input.renewedOn", ctx.now());
    const missing = () => notFound("input.recordationId", "customs recordation", input.recordationId);
    if (!isUuid(input.recordationId)) throw missing();
    return ctx.em.transactional(async (em) => {
      // locked, so two renewals at once cannot both add ten years
      const r = await em.findOne(CustomsRecordation, { id: input.recordationId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!r) throw missing();
      const opens = renewalOpensOn(r.validUntil);
      if (input.renewedOn < opens)
        throw badInput("input.renewedOn", `${r.recordationNumber} may be renewed from ${opens}, six months before it expires on ${r.validUntil}`);
      r.validUntil = renewedValidUntil(r.validUntil);
      r.lastRenewedOn = input.renewedOn;
      return r;
    });
  }

  @FieldResolver(() => Boolean, { description: "Valid on the day given (default: today, China time)" })
  valid(@Root() r: CustomsRecordation, @Arg("on", () => DateScalar, { nullable: true }) on: string | null, @Ctx() ctx: Context) {
    return isValidOn(r, on ?? todayIn(ctx.now()));
  }

  @FieldResolver(() => Trademark, { nullable: true, description: "The trademark recorded, when rightType is TRADEMARK" })
  trademark(@Root() r: CustomsRecordation) {
    return r.rightType === CustomsRightType.TRADEMARK ? { registrationNumber: r.rightNumber } : null;
  }

  @FieldResolver(() => Patent, { nullable: true, description: "The patent recorded, when rightType is PATENT" })
  patent(@Root() r: CustomsRecordation) {
    return r.rightType === CustomsRightType.PATENT ? { patentNumber: r.rightNumber } : null;
  }

  @FieldResolver(() => CopyrightWork, { nullable: true, description: "The copyright work recorded, when rightType is COPYRIGHT" })
  copyrightWork(@Root() r: CustomsRecordation) {
    return r.rightType === CustomsRightType.COPYRIGHT ? { registrationNumber: r.rightNumber } : null;
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The holder on the market-regulation register, if registered there" })
  holder(@Root() r: CustomsRecordation) {
    return { creditCode: r.holderCreditCode };
  }

  @FieldResolver(() => [CustomsSeizure], { description: "Detentions in your region made under this recordation, newest first" })
  async seizures(@Root() r: CustomsRecordation, @Ctx() ctx: Context) {
    const rows = await many(ctx, CustomsSeizure, "recordation", { seizedOn: "desc", id: "desc" }).load(r.id);
    return rows.filter((s) => canRead(ctx.identity, s.region));
  }
}
