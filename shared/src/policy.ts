import { GraphQLObjectType, defaultFieldResolver, type GraphQLSchema } from "graphql";
import { Agency } from "./agency";
import type { Context } from "./context";
import { forbidden } from "./errors";
import type { Identity } from "./identity";
import { covers, regionPrefix } from "./regions";

/*
 * The access rules of DESIGN.md, in one place so every subgraph applies them the same way:
 * a caller reads inside its region, writes only its own agency's data inside its region,
 * and sees suspects' personal data only in the criminal-justice agencies.
 */

/** A MikroORM filter under construction; spread several into one `where`. */
export type Where = Record<string, unknown>;

export const PERSONAL_DATA_READERS: readonly Agency[] = [Agency.POLICE, Agency.PROCURATORATE, Agency.COURTS];

export const canRead = (identity: Identity, region: string) => covers(identity.region, region);

/** A row filter limiting a list to the caller's region (and an optional narrower region asked for). */
export function regionScope(identity: Identity, asked?: string | null, field = "region"): Where {
  if (asked && !covers(identity.region, asked) && !covers(asked, identity.region))
    throw forbidden(`filter.region ${asked} is outside your region ${identity.region}`, "filter.region");
  const narrower = asked && covers(identity.region, asked) ? asked : identity.region;
  return regionPrefixFilter(narrower, field);
}

/** Rows whose region starts with the code's prefix, as a range so a plain b-tree index serves it. */
export function regionPrefixFilter(code: string, field = "region"): Where {
  const prefix = regionPrefix(code);
  if (!prefix) return {};
  const next = String(Number(prefix) + 1).padStart(prefix.length, "0");
  return { [field]: { $gte: prefix, $lt: next } };
}

/** Writes: only the owning agency, only inside the caller's region. */
export function assertCanWrite(ctx: Context, owner: Agency, region: string, field = "input.region"): void {
  assertAgency(ctx, owner);
  if (!covers(ctx.identity.region, region)) throw forbidden(`${field} ${region} is outside your region ${ctx.identity.region}`, field);
}

/** Writes to national data with no region (registers, recordations): only the owning agency. */
export function assertAgency(ctx: Context, owner: Agency): void {
  if (ctx.identity.agency !== owner) throw forbidden(`only ${owner} records this; you act for ${ctx.identity.agency}`);
}

/** Out-of-region rows are reported as absent, so a lookup reveals nothing about them. */
export const visible = <T extends { region: string }>(ctx: Context, row: T | null | undefined): T | null =>
  row && canRead(ctx.identity, row.region) ? row : null;

/**
 * Field-level rules (who may see a field's stored value), declared per subgraph in one table in its
 * `src/policy.ts` and enforced by the kit on every schema carrying the field, so protecting a field
 * is one line there: the entity keeps its plain `@Field`, a resolver just returns the stored value,
 * and every path to the type (lists, lookups, `_entities`) gets the same rule.
 *
 * A caller outside `readers` gets the field's `mask` of the value (e.g. `张*`, still obviously
 * masked) or, without a mask, null plus a FORBIDDEN error entry at the field's path while the rest
 * of the response still returns. GraphQL cannot give a field both a value and an error at its path
 * (an error there means "this field is null"), so a rule chooses one: masks where the contract
 * promises a masked value, FORBIDDEN where nothing partial is worth showing.
 */
export interface FieldRule<R = any> {
  /** The agencies that see the stored value. */
  readers: readonly Agency[];
  /** What every other caller gets instead; without it they get null and a FORBIDDEN error (so the field must be nullable). */
  mask?: (value: any, root: R) => unknown;
  /** Restricts only the rows it accepts (e.g. TRADE_SECRET cases); the others are open to every caller. */
  when?: (root: R) => boolean;
  /** A caller outside `readers` who still sees this row's value (e.g. the agency handling a complaint). */
  alsoReads?: (root: R, identity: Identity) => boolean;
}

/** Rules keyed by schema coordinate, `"Type.field"` as the GraphQL schema names them. */
export type FieldRules = Readonly<Record<string, FieldRule>>;

export interface FieldPolicy {
  readonly rules: FieldRules;
}

const COORDINATE = /^[A-Z_a-z][_0-9A-Za-z]*\.[A-Z_a-z][_0-9A-Za-z]*$/;

/**
 * Every declared rule, by coordinate. A coordinate names one field of the supergraph, owned by one
 * agency, so one table serves every subgraph of a process: each applies the rules of its own fields.
 */
const DECLARED = new Map<string, FieldRule>();

/** The rule declared for `coordinate` ("Type.field"), if any: e.g. to hide a protected field's old values in a record's history. */
export const declaredRule = (coordinate: string): FieldRule | undefined => DECLARED.get(coordinate);

/** The message and error a caller outside a rule's readers gets for `coordinate`. */
export const fieldForbidden = (coordinate: string, rule: FieldRule, agency: Agency) =>
  forbidden(`${coordinate} is shown only to ${rule.readers.join(", ")}; you act for ${agency}`, coordinate);

/**
 * Declares a subgraph's restricted fields, e.g. `fieldPolicy({ "Person.name": { readers: PERSONAL_DATA_READERS, mask: maskName } })`.
 * The subgraph's index imports its `./policy` so the rules are declared before its schema is built.
 */
export function fieldPolicy(declared: FieldRules): FieldPolicy {
  const rules: FieldRules = Object.freeze({ ...declared });
  for (const [coordinate, rule] of Object.entries(rules)) {
    if (!COORDINATE.test(coordinate)) throw new Error(`field policy: ${coordinate} is not a Type.field coordinate`);
    if (!rule.readers.length) throw new Error(`field policy: ${coordinate} has no readers`);
    DECLARED.set(coordinate, rule);
  }
  return { rules };
}

/** Wraps the resolver of every field of `schema` a declared rule names; the kit calls it when it builds a subgraph's schema. */
export function enforceFieldPolicies(schema: GraphQLSchema): GraphQLSchema {
  for (const [coordinate, rule] of DECLARED) {
    const [typeName, fieldName] = coordinate.split(".");
    const type = schema.getType(typeName);
    const field = type instanceof GraphQLObjectType ? type.getFields()[fieldName] : undefined;
    if (!field) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (root, args, context: Context, info) => {
      if (rule.readers.includes(context.identity.agency) || (rule.when && !rule.when(root)) || rule.alsoReads?.(root, context.identity))
        return resolve(root, args, context, info);
      // without a mask the stored value is never even computed for this caller
      if (!rule.mask) throw fieldForbidden(coordinate, rule, context.identity.agency);
      const value = await resolve(root, args, context, info);
      return value == null ? value : rule.mask(value, root);
    };
  }
  return schema;
}
