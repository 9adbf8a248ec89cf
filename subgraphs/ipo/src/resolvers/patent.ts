import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { scopedList, createUnique, Connection, ConnectionArgs, badInput, paginate, type Context } from "@ipr/shared";
import { Patent } from "../entities/patent";
import { PatentCase } from "../entities/patent-case";
import { casesOfPatent, findPatent } from "../lookups";
import { checkPatent } from "../patent-checks";
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
    const columns = checkPatent(ctx, input);
    const { patentNumber } = columns;
    const taken = () => badInput("input.patentNumber", `${patentNumber} is already registered`);
    // two registrations of one number at once: the second loses at the primary key, not at the check
    return createUnique(ctx, taken, async (em) => {
      if (await em.findOne(Patent, { patentNumber })) throw taken();
      return em.create(Patent, columns);
    });
  }

  @FieldResolver(() => [PatentCase], { description: "Patent cases about this patent in your region, newest opened first" })
  cases(@Root() patent: Patent, @Ctx() ctx: Context) {
    return casesOfPatent(ctx, patent.patentNumber);
  }
}
