import { Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Agency } from "./agency";
import { CampaignCode } from "./campaign";
import { CaseOutcome, type OutcomeColumns } from "./case-outcome";
import type { Context } from "./context";
import { FreeText } from "./input-guard";
import { badInput } from "./errors";
import { AmountField, DateField, RegionField } from "./fields";
import { many } from "./loaders";
import { assertCanWrite, canRead, type Where } from "./policy";
import { dateRange, scopedList, type ListSpec } from "./scoped-list";
import { assertRegion } from "./regions";
import { DateScalar, DecimalScalar } from "./scalars";
import { requireCreditCode, requirePastDate, requirePositiveAmount, requireText } from "./validation";
import { newId } from "./ids";
import type { EntityName } from "@mikro-orm/core";
import { RecordCorrection } from "./corrections";
import { WITH_WITHDRAWN } from "./withdrawable";
import { ChangeFilter, ChangeTracked } from "./change-tracking";

/** Which side of a case an enterprise is on, for the case lists every agency contributes to `Enterprise`. */
export enum EnterpriseRole {
  RIGHT_HOLDER = "RIGHT_HOLDER",
  INFRINGER = "INFRINGER",
}
registerEnumType(EnterpriseRole, { name: "EnterpriseRole" });

/**
 * What every administrative case has, whichever agency opened it: the columns and fields the
 * monthly table and the referral chain rely on. Each agency's case class extends it, adds its
 * `@key`, its date field (openedOn, seizedOn, interceptedOn) and its own facts.
 */
@ObjectType("AdminCaseFields")
export abstract class AdminCase extends ChangeTracked {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "The agency's own document number" })
  @Property({ type: "string", length: 100, unique: true })
  caseNumber!: string;

  @RegionField()
  region!: string;

  @Field(() => String, { description: "Credit code of the right holder" })
  @Property({ type: "string", length: 18, index: true })
  rightHolderCreditCode!: string;

  @Field(() => String, { nullable: true, description: "Credit code of the infringer, when it is a registered enterprise" })
  @Property({ type: "string", length: 18, nullable: true, index: true })
  infringerCreditCode?: string | null;

  @Field(() => Boolean, { description: "The right holder is a foreign-invested enterprise" })
  @Property({ type: "boolean" })
  foreignInvested!: boolean;

  @AmountField({ description: "Amount involved (涉案金额), yuan" })
  amountInvolved!: string;

  @Field(() => CampaignCode, { nullable: true })
  @Enum({ items: () => CampaignCode, nullable: true })
  campaign?: CampaignCode | null;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  description?: string | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();

  // The outcome (结案), set once by close<Type>; acceptance (立案) is the case's own date field.
  @DateField({ nullable: true, index: true, description: "Date the case was closed (结案); null while open" })
  closedOn?: string | null;

  @Field(() => CaseOutcome, { nullable: true, description: "Null while open" })
  @Enum({ items: () => CaseOutcome, nullable: true })
  outcome?: CaseOutcome | null;

  @Field(() => String, { nullable: true, description: "Penalty decision number (处罚决定书文号)" })
  @Property({ type: "string", length: 100, nullable: true })
  penaltyDecisionNumber?: string | null;

  @AmountField({ nullable: true, description: "Fine (罚款), yuan" })
  fine?: string | null;

  @AmountField({ nullable: true, description: "Illegal gains confiscated (没收违法所得), yuan" })
  confiscatedGains?: string | null;

  @Field(() => String, { nullable: true, description: "Goods confiscated (没收)" })
  @Property({ type: "text", nullable: true })
  goodsConfiscated?: string | null;

  @Field(() => String, { nullable: true, description: "Goods destroyed (销毁)" })
  @Property({ type: "text", nullable: true })
  goodsDestroyed?: string | null;

  @Field(() => String, { nullable: true, description: "Why the case ended so; always given for NOT_PENALISED" })
  @Property({ type: "text", nullable: true })
  outcomeReason?: string | null;
}

@InputType("AdminCaseInputFields")
export abstract class AdminCaseInput {
  @Field(() => String) caseNumber!: string;
  @Field(() => String) region!: string;
  @Field(() => String) rightHolderCreditCode!: string;
  @Field(() => String, { nullable: true }) infringerCreditCode?: string | null;
  @Field(() => Boolean, { description: "The right holder is a foreign-invested enterprise" }) foreignInvested!: boolean;
  @Field(() => DecimalScalar) amountInvolved!: string;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
  @FreeText(4000, { nullable: true }) description?: string | null;
}

@InputType("AdminCaseFilterFields")
export abstract class AdminCaseFilter extends ChangeFilter {
  @Field(() => String, { nullable: true, description: "Region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The case's date (opened, seized, intercepted) on or after" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The case's date on or before" }) to?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
  @Field(() => String, { nullable: true }) rightHolderCreditCode?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Closed (结案) on or after" }) closedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Closed on or before" }) closedTo?: string | null;
  @Field(() => Boolean, { nullable: true, description: "true: closed cases only; false: open ones only" }) closed?: boolean | null;
  @Field(() => CaseOutcome, { nullable: true }) outcome?: CaseOutcome | null;
}

/** The common part of an admin-case list filter, inside the caller's region; `dateField` is the case's own date column. */
export function adminCaseWhere<F extends AdminCaseFilter>(
  ctx: Context, filter: F | null | undefined, dateField: string, own: Pick<ListSpec<F>, "equal" | "where"> = {},
): Where {
  const closed = filter?.closed == null ? {} : { closedOn: filter.closed ? { $ne: null } : null };
  // a closing-date range implies closed, so it overrides `closed: true` on the same column
  const closedRange = dateRange("closedOn", filter?.closedFrom, filter?.closedTo, ["closedFrom", "closedTo"]);
  if (filter?.closed === false && Object.keys(closedRange).length) throw badInput("filter.closed", "open cases have no closing date to range over");
  return scopedList(ctx, filter, {
    dates: dateField,
    equal: ["foreignInvested", "campaign", "rightHolderCreditCode", "outcome", ...(own.equal ?? [])],
    where: { ...closed, ...closedRange, ...own.where },
  });
}

/** The columns every admin case has, as checkAdminCase returns them, plus the case's own date column `D`. */
export type AdminCaseColumns<D extends string> = Omit<AdminCase, "createdAt" | "updatedAt" | "withdrawnAtTime" | "campaign" | "infringerCreditCode" | "description" | keyof OutcomeColumns> & {
  infringerCreditCode: string | null;
  campaign: CampaignCode | null;
  description: string | null;
} & Record<D, string>;

/**
 * Checks the common input of an admin case for `owner` (a new one, or one as corrected) and returns its normalised columns plus a
 * fresh id. `date` is the case's own date field, e.g. `["openedOn", input.openedOn]`. The result is
 * typed, so `em.create(TheCase, { ...common, ...ownFacts })` needs no cast and the compiler names
 * any column the agency's own facts forget.
 */
export function checkAdminCase<D extends string>(ctx: Context, owner: Agency, input: AdminCaseInput, [dateField, date]: [D, string]): AdminCaseColumns<D> {
  const region = assertRegion(input.region, "input.region");
  assertCanWrite(ctx, owner, region);
  const caseNumber = requireText(input.caseNumber, "input.caseNumber", 100);
  requirePastDate(date, `input.${dateField}`, ctx.now());
  requirePositiveAmount(input.amountInvolved, "input.amountInvolved");
  requireCreditCode(input.rightHolderCreditCode, "input.rightHolderCreditCode");
  if (input.infringerCreditCode) requireCreditCode(input.infringerCreditCode, "input.infringerCreditCode");
  if (input.infringerCreditCode && input.infringerCreditCode === input.rightHolderCreditCode)
    throw badInput("input.infringerCreditCode", "is the right holder itself");
  return {
    id: newId(),
    caseNumber,
    region,
    ...({ [dateField]: date } as Record<D, string>),
    rightHolderCreditCode: input.rightHolderCreditCode,
    infringerCreditCode: input.infringerCreditCode ?? null,
    foreignInvested: input.foreignInvested,
    amountInvolved: input.amountInvolved,
    campaign: input.campaign ?? null,
    description: input.description?.trim() ? requireText(input.description, "input.description", 4000) : null,
  };
}

/** Refuses a case number the agency has already used, withdrawn cases' too (the unique index backs this up under races). */
export async function assertNewCaseNumber(ctx: Pick<Context, "em">, entity: EntityName<AdminCase>, caseNumber: string) {
  if (await ctx.em.findOne(entity, { caseNumber }, WITH_WITHDRAWN)) throw badInput("input.caseNumber", `${caseNumber} already exists`);
}

/** The common correctable fields of an admin case (`Correct<Type>Input` extends it and adds its date field and own facts). */
@InputType("AdminCaseCorrectionFields")
export abstract class AdminCaseCorrection extends RecordCorrection {
  @Field(() => String, { nullable: true }) caseNumber?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => String, { nullable: true }) rightHolderCreditCode?: string | null;
  @Field(() => String, { nullable: true }) infringerCreditCode?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => DecimalScalar, { nullable: true }) amountInvolved?: string | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
  @FreeText(4000, { nullable: true }) description?: string | null;
}

/**
 * The creation checks of the common part, on an admin case as corrected (`corrected` is the stored
 * case overlaid with the correction): the columns to write, and a changed case number must be new.
 */
export async function checkAdminCaseCorrection<D extends string>(
  ctx: Context, owner: Agency, entity: EntityName<AdminCase>, corrected: AdminCaseInput & Record<D, string>, row: AdminCase, dateField: D,
): Promise<Omit<AdminCaseColumns<D>, "id">> {
  const { id: _fresh, ...columns } = checkAdminCase(ctx, owner, corrected, [dateField, corrected[dateField]]);
  if (columns.caseNumber !== row.caseNumber) await assertNewCaseNumber(ctx, entity, columns.caseNumber);
  return columns;
}

/** What a referral (linkage) relies on in its source case besides the threshold facts its manifest names. */
export const REFERRAL_RELIES_ON = ["region", "rightHolderCreditCode", "foreignInvested"] as const;

/** An enterprise's cases of one agency, as right holder or as infringer, inside the caller's region: one statement per role per request. */
export async function casesOfEnterprise<T extends AdminCase>(
  ctx: Context,
  entity: EntityName<T>,
  creditCode: string,
  role: EnterpriseRole,
  dateField: string,
): Promise<T[]> {
  const field = role === EnterpriseRole.RIGHT_HOLDER ? "rightHolderCreditCode" : "infringerCreditCode";
  const rows = await many(ctx, entity, field, { [dateField]: "desc", id: "desc" }).load(creditCode);
  return rows.filter((c) => canRead(ctx.identity, c.region));
}
