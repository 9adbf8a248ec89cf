import { Extensions, Field } from "type-graphql";
import {
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  defaultFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { badInput } from "./errors";

/**
 * Every string that enters any subgraph, checked once here so every new mutation inherits it:
 * argument by argument, down through input objects and lists, before the resolver runs (so a
 * refused value has written nothing). Dates, amounts and instants are checked by their scalars.
 */

/** What a string input may hold. Unannotated strings and IDs are one line of at most 200 characters. */
export interface TextRule {
  max: number;
  /** Free text: tabs and line breaks allowed. */
  multiline: boolean;
}
export const SINGLE_LINE: TextRule = { max: 200, multiline: false };

type TextFieldOptions = { nullable?: boolean; description?: string };
/** The GraphQL field and its rule together; the limit becomes part of the field's documentation. */
const textField = (rule: TextRule, note: string, opts: TextFieldOptions) => {
  const description = opts.description ? `${opts.description} (${note})` : `${note[0].toUpperCase()}${note.slice(1)}`;
  const field = Field(() => String, { nullable: opts.nullable, description });
  const extensions = Extensions({ text: rule });
  return (target: object, key: string) => {
    field(target, key);
    extensions(target, key);
  };
};

/** A free-text input field (a reason, a summary): tabs and line breaks allowed, at most `max` characters. */
export const FreeText = (max: number, opts: TextFieldOptions = {}) =>
  textField({ max, multiline: true }, `free text, at most ${max} characters`, opts);

/** A one-line input field with a limit other than the default 200 characters. */
export const ShortText = (max: number, opts: TextFieldOptions = {}) =>
  textField({ max, multiline: false }, `one line, at most ${max} characters`, opts);

// with the u flag a surrogate pair is one code point, so only an unpaired half matches
const LONE_SURROGATE = /\p{Surrogate}/u;
// C0 controls and DEL and C1 controls; free text keeps tab, line feed and carriage return
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_IN_FREE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Throws BAD_USER_INPUT naming `field` unless `value` is text PostgreSQL and people can both read. */
export function checkText(value: string, field: string, rule: TextRule = SINGLE_LINE): void {
  if (LONE_SURROGATE.test(value)) throw badInput(field, "contains an unpaired UTF-16 surrogate (not valid Unicode text)");
  const control = (rule.multiline ? CONTROL_IN_FREE_TEXT : CONTROL).exec(value);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase();
    throw badInput(field, `contains the control character U+${code}${rule.multiline ? "" : " (one line of text expected)"}`);
  }
  // characters, not UTF-16 units: 200 Chinese characters are 200, and so is one emoji each
  let length = 0;
  for (const _ of value) if (++length > rule.max) throw badInput(field, `must be at most ${rule.max} characters`);
}

/** `InputType.field` → its text rule, read from the type-graphql schema's field extensions. */
export type TextRules = Map<string, TextRule>;

export function textRulesOf(schema: GraphQLSchema): TextRules {
  const rules: TextRules = new Map();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLInputObjectType)) continue;
    for (const field of Object.values(type.getFields())) {
      const text = field.extensions?.text as TextRule | undefined;
      if (text) rules.set(`${type.name}.${field.name}`, text);
    }
  }
  return rules;
}

function checkValue(value: unknown, type: GraphQLInputType, field: string, rules: TextRules, rule?: TextRule): void {
  if (value === null || value === undefined) return;
  if (type instanceof GraphQLNonNull) return checkValue(value, type.ofType, field, rules, rule);
  if (type instanceof GraphQLList) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(item, type.ofType, `${field}[${i}]`, rules, rule));
    else checkValue(value, type.ofType, field, rules, rule);
    return;
  }
  if (type instanceof GraphQLInputObjectType) {
    const object = value as Record<string, unknown>;
    for (const f of Object.values(type.getFields())) checkValue(object[f.name], f.type, `${field}.${f.name}`, rules, rules.get(`${type.name}.${f.name}`));
    return;
  }
  if ((type.name === "String" || type.name === "ID") && typeof value === "string") checkText(value, field, rule);
}

/**
 * Wraps every resolver that takes arguments so its string arguments are checked first. Federation's
 * own `_entities` (representations come from the gateway's plan, not from a caller) is left alone.
 */
export function guardInputs(schema: GraphQLSchema, rules: TextRules): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length || field.name === "_entities") continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values, context, info) => {
        for (const arg of args) checkValue(values[arg.name], arg.type, arg.name, rules);
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}
