import { Field, ObjectType } from "type-graphql";
import { Agency, CampaignCode, DateScalar, DecimalScalar, peerFacts, type Context } from "@ipr/shared";
import { RECORDS, type CaseRecordKind, type TypicalCaseRecordType } from "./records";

/** A typical case's figures, read from the record's owner as the caller asks: never typed by the office. */
@ObjectType({ description: "The figures of the record a typical case is about, as its owner holds them now" })
export class TypicalCaseFigures {
  @Field(() => Agency, { description: "The agency that owns the record" }) agency!: Agency;
  @Field(() => String, { nullable: true, description: "The record's own number (case number, filing number); null for a prosecution" }) caseNumber!: string | null;
  @Field(() => String) region!: string;
  @Field(() => DateScalar, { description: "When it was opened, filed or decided (the record's own date)" }) date!: string;
  @Field(() => DecimalScalar, { nullable: true, description: "Amount involved, yuan; null where the record has none (court case, prosecution)" }) amountInvolved!: string | null;
  @Field(() => Boolean) foreignInvested!: boolean;
  @Field(() => CampaignCode, { nullable: true }) campaign!: CampaignCode | null;
  @Field(() => String, { nullable: true, description: "How it ended, as the owner's enum value (CaseOutcome, ProsecutionDecision, Verdict); null while open" }) outcome!: string | null;
}

/** The fields each figure is read from: the major-case facts, then the typical-case figures of the manifest. */
function paths(kind: CaseRecordKind) {
  return {
    caseNumber: kind.figures?.number,
    region: "region",
    date: kind.dateField,
    amountInvolved: kind.facts.amount,
    foreignInvested: kind.facts.foreignInvested,
    campaign: kind.facts.campaign ?? kind.figures?.campaign,
    outcome: kind.figures?.outcome,
  };
}

type Tree = { [field: string]: Tree };

/** A GraphQL selection of dotted paths: `["id", "judgment.verdict"]` → `id judgment { verdict }`. */
export function selectionOf(fields: string[]): string {
  const tree: Tree = {};
  for (const path of fields) path.split(".").reduce((node, part) => (node[part] ??= {}), tree);
  const print = (node: Tree): string => Object.entries(node).map(([k, sub]) => (Object.keys(sub).length ? `${k} { ${print(sub)} }` : k)).join(" ");
  return print(tree);
}

const read = (row: Record<string, unknown>, path: string | undefined) =>
  path ? path.split(".").reduce<unknown>((v, part) => (v == null ? null : (v as Record<string, unknown>)[part]), row) ?? null : null;

export const figuresSelection = (kind: CaseRecordKind) => selectionOf(["id", ...Object.values(paths(kind)).filter((p): p is string => !!p)]);

/** The figures of one record as its owner answered (the row selected by figuresSelection). */
export function figuresOf(kind: CaseRecordKind, row: Record<string, unknown>): TypicalCaseFigures {
  const p = paths(kind);
  return {
    agency: kind.agency,
    caseNumber: read(row, p.caseNumber) as string | null,
    region: String(row.region),
    date: String(read(row, p.date)),
    amountInvolved: read(row, p.amountInvolved) as string | null,
    foreignInvested: read(row, p.foreignInvested) === true,
    campaign: read(row, p.campaign) as CampaignCode | null,
    outcome: read(row, p.outcome) as string | null,
  };
}

/**
 * The records' figures, as the caller may see them (null: unknown, or outside the caller's view):
 * per request, one `_entities` call per kind of record, whatever the number of typical cases.
 */
export const recordFigures = (ctx: Context) =>
  ctx.loaders.get<string, TypicalCaseFigures | null>("typical-case-figures", async (keys) => {
    const byType = new Map<TypicalCaseRecordType, string[]>();
    for (const key of keys) {
      const [type, id] = key.split(":");
      byType.set(type, [...(byType.get(type) ?? []), id]);
    }
    const found = new Map<string, TypicalCaseFigures | null>();
    await Promise.all([...byType].map(async ([type, ids]) => {
      const kind = RECORDS[type];
      const rows = await peerFacts<Record<string, unknown> & { id: string }>(ctx, kind.subgraph, kind.typename, ids, figuresSelection(kind));
      for (const [id, row] of rows) found.set(`${type}:${id}`, row ? figuresOf(kind, row) : null);
    }));
    return keys.map((key) => found.get(key) ?? null);
  });

export const figuresKey = (type: TypicalCaseRecordType, id: string) => `${type}:${id.toLowerCase()}`;
