import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "./context";
import { correctRecord, keyValue, regionOf, UUID_KEY, withdrawRecord, WithdrawRecordInput, type CorrectableRecord, type CorrectableSpec } from "./corrections";
import { canRead } from "./policy";
import { historyOf, RecordVersion } from "./record-history";
import { WITH_WITHDRAWN } from "./withdrawable";

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

/**
 * Everything a record type needs for corrections, in one resolver class for the subgraph's list:
 * `correct<Type>(input)`, `withdraw<Type>(input)`, `<Type>.history` and `<type>History(id)` (which
 * also reads a withdrawn record's history). E.g. `correctionResolvers(SAIC_CASE_CORRECTIONS)`.
 */
export function correctionResolvers<T extends CorrectableRecord>(spec: CorrectableSpec<T>) {
  const { typename, entity } = spec;
  const who = `${typeof spec.owner === "function" ? "the agency that recorded it" : spec.owner} only, inside its region`;
  if (spec.partOf) return partCorrections(spec, who);

  @Resolver(() => entity)
  class Corrections {
    @Mutation(() => entity, {
      name: `correct${typename}`,
      description: `Correct a ${typename}: the fields given, with a reason, kept as a version in its history (${who}; not a withdrawn one)`,
    })
    correct(@Arg("input", () => spec.input) input: InstanceType<typeof spec.input>, @Ctx() ctx: Context) {
      return correctRecord(ctx, spec, input);
    }

    @Mutation(() => entity, {
      name: `withdraw${typename}`,
      description: `Withdraw a ${typename} (撤销): it leaves every count, list and lookup; its history stays (${who}; refused while other records depend on it)`,
    })
    withdraw(@Arg("input", () => WithdrawRecordInput) input: WithdrawRecordInput, @Ctx() ctx: Context) {
      return withdrawRecord(ctx, spec, input);
    }

    @FieldResolver(() => [RecordVersion], { description: "Corrections and withdrawal of this record, oldest first" })
    history(@Root() row: T, @Ctx() ctx: Context) {
      return historyOf(ctx, typename, keyValue(spec, row), row);
    }

    @Query(() => [RecordVersion], {
      name: `${lowerFirst(typename)}History`,
      nullable: true,
      description: `The history of a ${typename}, withdrawn ones included; null when there is none you may read`,
    })
    async historyById(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
      const key = spec.key ?? UUID_KEY;
      const value = key.parse(id);
      const row = value === null ? null : await ctx.em.findOne(entity, { [key.field]: value } as never, WITH_WITHDRAWN);
      const region = row && regionOf(spec, row);
      if (!row || (region && !canRead(ctx.identity, region))) return null;
      return historyOf(ctx, typename, keyValue(spec, row), row);
    }
  }
  return Corrections;
}

/** `correct<Part>` only, for a part kept on its whole's row (a referral's decision): its versions are the whole's history. */
function partCorrections<T extends CorrectableRecord>(spec: CorrectableSpec<T>, who: string) {
  @Resolver()
  class PartCorrections {
    @Mutation(() => spec.entity, {
      name: `correct${spec.typename}`,
      description: `Correct the ${spec.typename} of a ${spec.partOf}: the fields given, with a reason, kept as a version in the ${spec.partOf}'s history (${who}; not a withdrawn one)`,
    })
    correct(@Arg("input", () => spec.input) input: InstanceType<typeof spec.input>, @Ctx() ctx: Context) {
      return correctRecord(ctx, spec, input);
    }
  }
  return PartCorrections;
}
