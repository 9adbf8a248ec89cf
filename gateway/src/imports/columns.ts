import {
  GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLScalarType, getNamedType, type GraphQLInputField, type GraphQLSchema,
} from "graphql";
import { IMPORTABLE, type RegisteredImport } from "@ipr/shared";
import { enumLabels } from "./labels";

/** How a cell's text becomes the input value. */
export type CellKind = "text" | "enum" | "boolean" | "date" | "decimal" | "int";

/** One column of an import template: the input field it fills and how it is written. */
export interface ImportColumn {
  /** Path in the create input: `caseNumber`, or `suspects.1.name` for the first suspect's name */
  path: string;
  /** 中文 heading (row 1) */
  heading: string;
  kind: CellKind;
  /** Allowed values of an enum column */
  values?: string[];
  /** An enum column's 中文 label of each value (its name where the schema gives none): what the template lists and a cell may hold */
  labels?: Record<string, string>;
  required: boolean;
  description?: string;
}

/** The kit's headings of the fields every admin case has (AdminCaseInput); an agency's manifest names its own. */
export const COMMON_HEADINGS: Record<string, string> = {
  caseNumber: "案件编号", region: "行政区划代码", rightHolderCreditCode: "权利人统一社会信用代码", infringerCreditCode: "侵权人统一社会信用代码",
  foreignInvested: "权利人是否外商投资企业", amountInvolved: "涉案金额（元）", campaign: "专项行动", description: "案情摘要",
};

const kindOf = (field: GraphQLInputField): CellKind => {
  const type = getNamedType(field.type);
  if (type instanceof GraphQLEnumType) return "enum";
  if (type instanceof GraphQLScalarType) {
    if (type.name === "Boolean") return "boolean";
    if (type.name === "Date") return "date";
    if (type.name === "Decimal") return "decimal";
    if (type.name === "Int") return "int";
  }
  return "text";
};

function column(field: GraphQLInputField, path: string, heading: string, required: boolean): ImportColumn {
  const type = getNamedType(field.type);
  return {
    path, heading, kind: kindOf(field), required,
    ...(type instanceof GraphQLEnumType ? { values: type.getValues().map((v) => v.name), labels: enumLabels(type) } : {}),
    ...(field.description ? { description: field.description } : {}),
  };
}

/**
 * The columns of an import: the create input's fields as the composed schema has them (so a field an
 * agency adds is a column at once), a list of objects (a case's suspects) as `repeat` groups.
 */
export function importColumns(schema: GraphQLSchema, spec: RegisteredImport): ImportColumn[] {
  const input = schema.getType(spec.input);
  if (!(input instanceof GraphQLInputObjectType)) throw new Error(`${spec.input} is not an input type of the supergraph`);
  const headings = { ...COMMON_HEADINGS, ...spec.headings };
  return Object.values(input.getFields()).flatMap((field) => {
    const nested = getNamedType(field.type);
    const list = field.type instanceof GraphQLNonNull ? field.type.ofType : field.type;
    if (nested instanceof GraphQLInputObjectType && list instanceof GraphQLList) {
      const groups = spec.repeat?.[field.name] ?? 1;
      return Array.from({ length: groups }, (_, g) =>
        Object.values(nested.getFields()).map((inner) =>
          column(inner, `${field.name}.${g + 1}.${inner.name}`, `${headings[`${field.name}.${inner.name}`] ?? inner.name}${g + 1}`, false),
        ),
      ).flat();
    }
    return [column(field, field.name, headings[field.name] ?? field.name, field.type instanceof GraphQLNonNull && field.defaultValue === undefined)];
  });
}

export const importNamed = (name: string): RegisteredImport | undefined => IMPORTABLE.find((i) => i.name === name);
