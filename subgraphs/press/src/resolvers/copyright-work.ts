import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { scopedList, createUnique, assertAgency, Agency, Connection, ConnectionArgs, badInput, canRead, many, paginate, requireCreditCode, requirePastDate, requireText, type Context } from "@ipr/shared";
import { CopyrightCase } from "../entities/copyright-case";
import { CopyrightWork } from "../entities/copyright-work";
import { Enterprise } from "../entities/foreign";
import { CopyrightWorkFilter, RegisterCopyrightWorkInput } from "../schema/copyright-work";
import { findCopyrightWork } from "../lookups";
import { checkCopyrightWork } from "../copyright-work-checks";

@ObjectType()
class CopyrightWorkConnection extends Connection(CopyrightWork) {}


@Resolver(() => CopyrightWork)
export class CopyrightWorkResolver {
  @Query(() => CopyrightWork, { nullable: true, description: "The register is public: any agency may look a work up" })
  copyrightWork(@Arg("registrationNumber", () => String) registrationNumber: string, @Ctx() ctx: Context) {
    return findCopyrightWork(ctx, registrationNumber);
  }

  @Query(() => CopyrightWorkConnection, { description: "The national register, newest registration first" })
  copyrightWorks(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => CopyrightWorkFilter, { nullable: true }) filter: CopyrightWorkFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    // the register is national: no region scope
    const where = scopedList(ctx, f, {
      region: false,
      dates: "registeredOn",
      equal: ["workType", "ownerCreditCode", "foreignInvested"],
      where: f.titleContains ? { title: { $ilike: `%${f.titleContains.replace(/[\\%_]/g, "\\$&")}%` } } : {},
    });
    return paginate(ctx.em, CopyrightWork, where, page, "registeredOn", "registrationNumber");
  }

  @Mutation(() => CopyrightWork, { description: "Put a work on the national copyright register (PRESS only)" })
  async registerCopyrightWork(@Arg("input", () => RegisterCopyrightWorkInput) input: RegisterCopyrightWorkInput, @Ctx() ctx: Context) {
    // the register is national: any copyright office may register, whatever its region
    const columns = checkCopyrightWork(ctx, input);
    const { registrationNumber } = columns;
    const taken = () => badInput("input.registrationNumber", `${registrationNumber} is already registered`);
    // two registrations of one number at once: the second loses at the primary key, not at the check
    return createUnique(ctx, taken, async (em) => {
      if (await em.findOne(CopyrightWork, { registrationNumber })) throw taken();
      return em.create(CopyrightWork, columns);
    });
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The owner on the market-regulation register (SAIC resolves it; null when not on it)" })
  owner(@Root() w: CopyrightWork): Enterprise {
    return { creditCode: w.ownerCreditCode };
  }

  @FieldResolver(() => [CopyrightCase], { description: "Cases about this work in your region, newest opened first" })
  async cases(@Root() w: CopyrightWork, @Ctx() ctx: Context) {
    const rows = await many(ctx, CopyrightCase, "registrationNumber", { openedOn: "desc", id: "desc" }).load(w.registrationNumber);
    return rows.filter((c) => canRead(ctx.identity, c.region));
  }
}
