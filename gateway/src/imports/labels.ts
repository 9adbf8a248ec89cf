import type { GraphQLEnumType } from "graphql";

/** A parenthesised run, half-width () or full-width （）. */
const RUN = /[(（]([^()（）]+)[)）]/g;
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/**
 * The 中文 label of an enum value, read from the value's description in the schema by the house
 * convention: the first parenthesised run, in half-width () or full-width （） parentheses, that holds a
 * Han character and no Latin letter. "Art. 213: counterfeiting a registered trademark (假冒注册商标罪)"
 * gives 假冒注册商标罪; a run such as "(e.g. 玉米)" is an aside, not the label. Null when there is none.
 */
export function chineseLabel(description: string | null | undefined): string | null {
  for (const [, run] of (description ?? "").matchAll(RUN)) {
    const text = run.trim();
    if (HAN.test(text) && !LATIN.test(text)) return text;
  }
  return null;
}

/** How a cell is compared with a label or a value name: full-width digits and letters as half-width. */
export const cellForm = (text: string): string => text.trim().normalize("NFKC");

/**
 * Each value of an enum with its 中文 label (the value's name when its description has none). A label
 * must name one value only, and may not be another value's name, so that a cell holding either reads
 * as one value; a schema breaking that is refused here, when the import's columns are built.
 */
export function enumLabels(type: GraphQLEnumType): Record<string, string> {
  const labels: Record<string, string> = {};
  const owner = new Map<string, string>(type.getValues().map((v) => [cellForm(v.name), v.name]));
  for (const value of type.getValues()) {
    const label = chineseLabel(value.description) ?? value.name;
    labels[value.name] = label;
    if (label === value.name) continue;
    const taken = owner.get(cellForm(label));
    if (taken) throw new Error(`enum ${type.name}: the 中文 label ${JSON.stringify(label)} of ${value.name} also names ${taken}; labels must be unique within an enum`);
    owner.set(cellForm(label), value.name);
  }
  return labels;
}

/** The enum value a cell names, by its 中文 label or its value name; undefined when it names none. */
export function enumValueOf(values: string[], labels: Record<string, string>, text: string): string | undefined {
  const cell = cellForm(text);
  return values.find((v) => cellForm(v) === cell) ?? values.find((v) => cellForm(labels[v] ?? v) === cell);
}
