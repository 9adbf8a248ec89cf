import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { DateScalar, one, type Context } from "@ipr/shared";
import { CriminalCase } from "../entities/criminal-case";
import { Person } from "../entities/person";
import { findPerson } from "../lookups";

/** The date of birth a resident ID carries in its digits 7-14 (GB 11643), as YYYY-MM-DD. */
export const birthDateOf = (idNumber: string | null | undefined): string | null =>
  idNumber && /^\d{14}/.test(idNumber) ? `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}` : null;

/** The fields return what is stored; who may see it is the subgraph's POLICY (src/policy.ts), which the kit applies on every path. */
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findPerson(ctx, id);
  }

  @FieldResolver(() => String, { description: "The suspect's name (personal data): masked (张*) outside POLICE, PROCURATORATE and COURTS" })
  name(@Root() p: Person) {
    return p.name;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "18-character resident ID (GB 11643; personal data); null for a foreigner without one; masked (440300***********5) outside POLICE, PROCURATORATE and COURTS",
  })
  idNumber(@Root() p: Person) {
    return p.idNumber ?? null;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: "Date of birth (personal data), from the resident ID (digits 7-14); null for a foreigner without one. Outside POLICE, PROCURATORATE and COURTS: null with a FORBIDDEN error",
  })
  birthDate(@Root() p: Person) {
    return birthDateOf(p.idNumber);
  }

  @FieldResolver(() => CriminalCase)
  criminalCase(@Root() p: Person, @Ctx() ctx: Context) {
    return one(ctx, CriminalCase).load(p.criminalCase.id);
  }
}
