import { readFileSync } from "node:fs";
import { GraphQLEnumType, GraphQLInputObjectType, buildSchema, getNamedType, type GraphQLSchema } from "graphql";
import { IMPORTABLE, type RegisteredImport } from "@ipr/shared";
import { SUPERGRAPH_PATH } from "../config";
import { importColumns } from "./columns";
import { chineseLabel } from "./labels";
import { parseRows } from "./rows";
import { csvRows } from "./sheet";

/** The 中文 labels of enum values that import templates list and uploads accept. */
const supergraph = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"), { assumeValidSDL: true });

/** Every enum an input type reaches, through nested inputs (a criminal case's suspects) too. */
function enumsOf(schema: GraphQLSchema, input: GraphQLInputObjectType, seen = new Set<string>()): GraphQLEnumType[] {
  if (seen.has(input.name)) return [];
  seen.add(input.name);
  return Object.values(input.getFields()).flatMap((field) => {
    const type = getNamedType(field.type);
    if (type instanceof GraphQLEnumType) return [type];
    return type instanceof GraphQLInputObjectType ? enumsOf(schema, type, seen) : [];
  });
}

test("the convention: the first parenthesised run with a Han character and no Latin letter", () => {
  expect(chineseLabel("Art. 213: counterfeiting a registered trademark (假冒注册商标罪)")).toBe("假冒注册商标罪");
  expect(chineseLabel("Protection on application（依申请保护）: the right holder applied")).toBe("依申请保护");
  expect(chineseLabel("Copyright (剑网2017), online")).toBe("剑网2017");
  expect(chineseLabel("Agriculture (e.g. 玉米) (农业)")).toBe("农业");
  expect(chineseLabel("Found at a fair (key link 展会)")).toBeNull();
  expect(chineseLabel("No Chinese (at all)")).toBeNull();
  expect(chineseLabel(undefined)).toBeNull();
});

describe("every enum value an import reaches has a 中文 label in its description", () => {
  test.each(IMPORTABLE.map((i) => [i.name, i.input]))("%s (%s)", (_name, input) => {
    const type = supergraph.getType(input);
    expect(type).toBeInstanceOf(GraphQLInputObjectType);
    const missing = enumsOf(supergraph, type as GraphQLInputObjectType).flatMap((e) =>
      e.getValues().filter((v) => !chineseLabel(v.description)).map((v) => `${e.name}.${v.name} (${JSON.stringify(v.description ?? null)})`),
    );
    // a value listed here needs its 中文 term in parentheses in its registerEnumType valuesConfig description
    expect(missing).toEqual([]);
  });
});

test("every import's columns build: labels are unique within each enum", () => {
  for (const spec of IMPORTABLE) {
    const enums = importColumns(supergraph, spec).filter((c) => c.kind === "enum");
    expect(enums.length).toBeGreaterThan(0);
    for (const c of enums) expect(new Set(Object.values(c.labels!)).size).toBe(c.values!.length);
  }
});

describe("a small schema", () => {
  const sdl = (red: string, green: string) => `
    enum Colour { "Red (${red})" RED  "Green (${green})" GREEN  "Blue, no term" BLUE }
    input PaintInput { name: String!  colour: Colour! }
    type Query { ok: Boolean }`;
  const spec = { name: "paints", stem: "Paints", input: "PaintInput", headings: { name: "名称", colour: "颜色" }, example: {}, subgraph: "saic", agency: "SAIC" } as unknown as RegisteredImport;

  test("a label used twice within an enum is refused when the columns are built", () => {
    expect(() => importColumns(buildSchema(sdl("红色", "红色")), spec)).toThrow(/enum Colour: the 中文 label "红色" of GREEN also names RED; labels must be unique/);
    expect(() => importColumns(buildSchema(sdl("红色", "红色 ")), spec)).toThrow(/also names RED/);
    expect(() => importColumns(buildSchema(sdl("红色", "绿色")), spec)).not.toThrow();
  });

  test("a cell holds the label or the value name; anything else is the row's error listing the labels", () => {
    const schema = buildSchema(sdl("红色", "绿色"));
    const columns = importColumns(schema, spec);
    expect(columns.find((c) => c.path === "colour")).toMatchObject({ values: ["RED", "GREEN", "BLUE"], labels: { RED: "红色", GREEN: "绿色", BLUE: "BLUE" } });
    const csv = ["名称,颜色", "a,红色", "b, 绿色 ", "c,GREEN", "d,BLUE", "e,紫色", "f,red"].join("\n");
    const { rows, errors } = parseRows(csvRows(csv), columns, schema.getType("PaintInput") as GraphQLInputObjectType);
    expect(rows.map((r) => r.input)).toEqual([
      { name: "a", colour: "RED" }, { name: "b", colour: "GREEN" }, { name: "c", colour: "GREEN" }, { name: "d", colour: "BLUE" },
    ]);
    expect(errors).toEqual([6, 7].map((row) => expect.objectContaining({ row, field: "colour", column: "颜色", code: "BAD_USER_INPUT" })));
    expect(errors[0].message).toBe('颜色: "紫色" is not one of 红色 (RED), 绿色 (GREEN), BLUE');
  });
});
