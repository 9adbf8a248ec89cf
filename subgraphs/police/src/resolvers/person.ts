import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { maskIdNumber, maskName, one, seesPersonalData, type Context } from "@ipr/shared";
import { CriminalCase } from "../entities/criminal-case";
import { Person } from "../entities/person";
import { findPerson } from "../lookups";

/** Personal data is masked here, on the type, so every path (lists, lookups, `_entities`) gets the same rule. */
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findPerson(ctx, id);
  }

  @FieldResolver(() => String, { description: "Masked outside POLICE, PROCURATORATE and COURTS" })
  name(@Root() p: Person, @Ctx() ctx: Context) {
    return seesPersonalData(ctx.identity) ? p.name : maskName(p.name);
  }

  @FieldResolver(() => String, { nullable: true, description: "18-character resident ID (GB 11643); masked outside POLICE, PROCURATORATE and COURTS" })
  idNumber(@Root() p: Person, @Ctx() ctx: Context) {
    if (!p.idNumber) return null;
    return seesPersonalData(ctx.identity) ? p.idNumber : maskIdNumber(p.idNumber);
  }

  @FieldResolver(() => CriminalCase)
  criminalCase(@Root() p: Person, @Ctx() ctx: Context) {
    return one(ctx, CriminalCase).load(p.criminalCase.id);
  }
}
