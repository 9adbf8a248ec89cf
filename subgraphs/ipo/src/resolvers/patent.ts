import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  scopedList, createUnique, Agency, Connection, ConnectionArgs, assertCanWrite, badInput, paginate, requireCreditCode,
  requireNotBefore, requirePastDate, requireText, type Context,
} from "@ipr/shared";
import { Patent } from "../entities/patent";
import { PatentCase } from "../entities/patent-case";
import { casesOfPatent, findPatent } from "../lookups";
import { requirePatentNumber } from "../patent-number";
import { PatentFilter, RegisterPatentInput } from "../schema/inputs";

@ObjectType()
class PatentConnection extends Connection(Patent) {}

@Resolver(() => Patent)
export class PatentResolver {
  @Query(() => Patent, { nullable: true, description: "The register is national: any agency in any region may look a patent up (with or without ZL)" })
  patent(@Arg("patentNumber", () => String) patentNumber: string, @Ctx() ctx: Context) {
    return findPatent(ctx, patentNumber);
  }

  @Query(() => PatentConnection, { description: "Patents on the national register, most recently granted first" })
  patents(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => PatentFilter, { nullable: true }) filter: PatentFilter | null,
    @Ctx() ctx: Context,
  ) {
    // the register is national: no region scope
    const where = scopedList(ctx, filter, { region: false, equal: ["kind", "holderCreditCode", "foreignInvested"] });
    return paginate(ctx.em, Patent, where, page, "grantedOn", "patentNumber");
  }

  @Mutation(() => Patent, { description: "Put a granted patent on the national register (IPO only, any region: the register is national)" })
  async registerPatent(@Arg("input", () => RegisterPatentInput) input: RegisterPatentInput, @Ctx() ctx: Context) {
    // the register has no region: only the agency is checked, against the caller's own region
    assertCanWrite(ctx, Agency.IPO, ctx.identity.region);
    const { patentNumber, kind, year } = requirePatentNumber(input.patentNumber, "input.patentNumber", ctx.now());
    const title = requireText(input.title, "input.title", 500);
    requireCreditCode(input.holderCreditCode, "input.holderCreditCode");
    const holderName = requireText(input.holderName, "input.holderName");
    requirePastDate(input.grantedOn, "input.grantedOn", ctx.now());
    // a grant follows its application, whose year is part of the number
    requireNotBefore(input.grantedOn, "input.grantedOn", `${year}-01-01`, `the application year ${year}`);
    const taken = () => badInput("input.patentNumber", `${patentNumber} is already registered`);
    // two registrations of one number at once: the second loses at the primary key, not at the check
    return createUnique(ctx, taken, async (em) => {
      if (await em.findOne(Patent, { patentNumber })) throw taken();
      return em.create(Patent, {
        patentNumber, kind, title, holderCreditCode: input.holderCreditCode, holderName, foreignInvested: input.foreignInvested, grantedOn: input.grantedOn,
      });
    });
  }

  @FieldResolver(() => [PatentCase], { description: "Patent cases about this patent in your region, newest opened first" })
  cases(@Root() patent: Patent, @Ctx() ctx: Context) {
    return casesOfPatent(ctx, patent.patentNumber);
  }
}
