import { lookup, type Context } from "@ipr/shared";
import { CriminalCase } from "./entities/criminal-case";
import { Person } from "./entities/person";

export const findCriminalCase = (ctx: Context, id: string) => lookup(ctx, CriminalCase, id);
export const findPerson = (ctx: Context, id: string) => lookup(ctx, Person, id);
