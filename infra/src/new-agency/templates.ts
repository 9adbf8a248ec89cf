import type { AgencyNames } from "./names";

/*
 * The files of a new agency's subgraph: one entity with its lookup, region-scoped list and create
 * mutation, its reference resolver, policy, migration, manifest and tests. Everything it repeats from
 * other agencies comes from the kit, so the files stay as small as an agency developer's own would be.
 */

const json = (v: unknown) => JSON.stringify(v, null, 2) + "\n";

export function templates(n: AgencyNames, sharedPkg: { dependencies: Record<string, string> }): Record<string, string> {
  const dep = (name: string) => sharedPkg.dependencies[name];
  return {
    "package.json": json({
      name: `@ipr/${n.name}`, version: "0.1.0", private: true, main: "dist/index.js", types: "dist/index.d.ts",
      scripts: { build: "tsc -p tsconfig.build.json", lint: "tsc -p tsconfig.json --noEmit", test: "jest" },
      dependencies: {
        "@ipr/shared": "*", graphql: dep("graphql"), "type-graphql": dep("type-graphql"), "@mikro-orm/core": dep("@mikro-orm/core"),
        "@mikro-orm/postgresql": dep("@mikro-orm/postgresql"), "@mikro-orm/migrations": dep("@mikro-orm/migrations"), "reflect-metadata": dep("reflect-metadata"),
      },
    }),
    "tsconfig.json": `{ "extends": "../../tsconfig.base.json", "compilerOptions": { "rootDir": "src", "outDir": "dist" }, "include": ["src"] }\n`,
    "tsconfig.build.json": `{ "extends": "./tsconfig.json", "exclude": ["src/**/*.test.ts", "src/**/*.testing.ts"] }\n`,
    "jest.config.js": `module.exports = require("../../jest.preset.js");\n`,

    "src/manifest.ts": `import type { AgencyManifest } from "@ipr/shared";

/** ${n.description}. What the rest of the platform knows of this agency (\`npm run registry\` after a change). */
export const manifest: AgencyManifest = {
  name: "${n.name}",
  port: ${n.port},
  agency: "${n.code}",
  department: "${n.department}",
  description: "${n.description}",
  probe: "${n.entity}",
  // lines of the monthly table (reportLines), admin cases the police can be referred (referable) and
  // BI datasets go here when the agency has them; see shared/src/manifest.ts
  datasets: [{ name: "${n.dataset}", list: "${n.entities}", description: "${n.Entity} records, one row each" }],
  seed: [["${n.Entity}", "${n.entities}"]],
};
`,

    "src/index.ts": `import "reflect-metadata";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import "./policy"; // its field rules, before the schema is built
import { manifest } from "./manifest";
import { ${n.Entity} } from "./entities/${n.kebab}";
import { ${n.Entity}Resolver } from "./resolvers/${n.kebab}";
import { references } from "./references";
import { migrations } from "./migrations";

/** ${n.description}. */
export const ${n.name} = defineSubgraph({
  name: "${n.name}",
  resolvers: [${n.Entity}Resolver],
  references,
  entities: [${n.Entity}],
  migrations,
  // the demo data (\`npm start\`, \`npm run seed\`) is loaded only when seeding
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { manifest, ${n.Entity} };

if (require.main === module) runSubgraph(${n.name});
`,

    [`src/entities/${n.kebab}.ts`]: `import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DateField, RegionField } from "@ipr/shared";

/** A record of the ${n.department}, kept for its region. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A record of the ${n.department}" })
@Entity({ tableName: "${n.table}" })
export class ${n.Entity} {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "The agency's own document number (文号), unique" })
  @Property({ type: "string", length: 100, unique: true })
  documentNumber!: string;

  @RegionField()
  region!: string;

  @DateField({ description: "The day it was recorded", index: true })
  recordedOn!: string;

  @Field(() => String, { description: "What it is about, one line" })
  @Property({ type: "string", length: 200 })
  subject!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
`,

    "src/schema/inputs.ts": `import { Field, InputType } from "type-graphql";
import { DateScalar, ShortText } from "@ipr/shared";

@InputType()
export class ${n.createInput} {
  @Field(() => String) documentNumber!: string;
  @Field(() => String, { description: "6-digit region code, inside the caller's region" }) region!: string;
  @Field(() => DateScalar) recordedOn!: string;
  @ShortText(200) subject!: string;
}

@InputType()
export class ${n.Entity}Filter {
  @Field(() => String, { nullable: true, description: "Region code or a prefix region (e.g. 440000), inside the caller's" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true }) from?: string | null;
  @Field(() => DateScalar, { nullable: true }) to?: string | null;
}
`,

    "src/policy.ts": `import { Agency, fieldPolicy } from "@ipr/shared";

/**
 * Who may do what with ${n.name}'s records. Reads follow the kit's region rule (lookups and lists keep
 * every caller to its own region); writes are the agency's own, inside its region. A field only some
 * agencies may read is protected here with the kit's \`fieldPolicy\` (see subgraphs/police/src/policy.ts).
 */
export const WRITER = Agency.${n.code};

/** Fields only some agencies may read, one line each, e.g. \`"${n.Entity}.subject": { readers: [WRITER] }\`. */
export const POLICY = fieldPolicy({});
`,

    "src/references.ts": `import { lookup, type Context, type ReferenceResolvers } from "@ipr/shared";
import { ${n.Entity} } from "./entities/${n.kebab}";

/** How other subgraphs' references to ${n.name}'s entities are resolved: batched, region-scoped. */
export const references: ReferenceResolvers = {
  ${n.Entity}: (ref, ctx: Context) => lookup(ctx, ${n.Entity}, String(ref.id)),
};
`,

    [`src/resolvers/${n.kebab}.ts`]: `import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Connection, ConnectionArgs, assertCanWrite, assertRegion, badInput, createUnique, lookup, newId, paginate, requirePastDate, requireText, scopedList, type Context } from "@ipr/shared";
import { ${n.Entity} } from "../entities/${n.kebab}";
import { ${n.Entity}Filter, ${n.createInput} } from "../schema/inputs";
import { WRITER } from "../policy";

@ObjectType()
class ${n.Entity}Connection extends Connection(${n.Entity}) {}

@Resolver(() => ${n.Entity})
export class ${n.Entity}Resolver {
  @Query(() => ${n.Entity}, { nullable: true, description: "One record, if it is in your region" })
  ${n.entity}(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return lookup(ctx, ${n.Entity}, id);
  }

  @Query(() => ${n.Entity}Connection, { description: "Records in your region, newest first" })
  ${n.entities}(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => ${n.Entity}Filter, { nullable: true }) filter: ${n.Entity}Filter | null,
    @Ctx() ctx: Context,
  ) {
    return paginate(ctx.em, ${n.Entity}, scopedList(ctx, filter, { dates: "recordedOn" }), page, "recordedOn");
  }

  @Mutation(() => ${n.Entity}, { description: "Record one (${n.code} only, inside its region)" })
  async ${n.create}(@Arg("input", () => ${n.createInput}) input: ${n.createInput}, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, WRITER, region);
    const documentNumber = requireText(input.documentNumber, "input.documentNumber", 100);
    requirePastDate(input.recordedOn, "input.recordedOn", ctx.now());
    const taken = () => badInput("input.documentNumber", \`\${documentNumber} is already recorded\`);
    return createUnique(ctx, taken, async (em) => {
      if (await em.findOne(${n.Entity}, { documentNumber })) throw taken();
      return em.create(${n.Entity}, {
        id: newId(), documentNumber, region, recordedOn: input.recordedOn, subject: input.subject.trim(), createdBy: ctx.identity.sub,
      });
    });
  }
}
`,

    "src/demo/index.ts": `import { atLocal, pickCity, schedule, type DemoGenerator } from "@ipr/shared/demo";
import type { ${n.Entity} } from "../entities/${n.kebab}";

/** Records per unit of scale, spread over the reporting units (by weight) and the months of the data set. */
const PER_SCALE = 60;

/** ${n.name}'s part of the demo set (\`npm start\` loads it): its records, from its own random stream. */
export const demo: DemoGenerator = {
  organ: "${n.department}",
  generate(world) {
    const rnd = world.random("${n.name}");
    schedule(world, rnd, PER_SCALE, (unit, date) => {
      const serial = world.serial("${n.name}-${n.kebab}");
      world.rows<${n.Entity}>("${n.name}", "${n.entities}").push({
        id: world.id("${n.name}-${n.kebab}", serial),
        documentNumber: \`${n.code}-\${date.slice(0, 4)}-\${serial}\`,
        region: pickCity(rnd, unit).code,
        recordedOn: date,
        subject: \`\${unit.name}记录\${serial}\`,
        createdBy: \`${n.name}-\${unit.code}\`,
        createdAt: atLocal(date, 10),
      });
    });
  },
};
`,

    "src/migrations/index.ts": `import { Migration0001Init } from "./0001-init";

/** In order; each runs once per database, recorded in ${n.name}.mikro_orm_migrations. */
export const migrations = [{ name: "0001-init", class: Migration0001Init }];
`,

    "src/migrations/0001-init.ts": `import { Migration } from "@mikro-orm/migrations";

/** The ${n.name} schema as the scaffold wrote it (\`npm run migration:sql -- ${n.name}\` prints what a change needs). */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(\`create schema if not exists "${n.name}";\`);
    this.addSql(\`create table "${n.name}"."${n.table}" ("id" uuid not null, "document_number" varchar(100) not null, "region" varchar(6) not null, "recorded_on" date not null, "subject" varchar(200) not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, constraint "${n.table}_pkey" primary key ("id"));\`);
    this.addSql(\`alter table "${n.name}"."${n.table}" add constraint "${n.table}_document_number_unique" unique ("document_number");\`);
    this.addSql(\`create index "${n.table}_region_index" on "${n.name}"."${n.table}" ("region");\`);
    this.addSql(\`create index "${n.table}_recorded_on_index" on "${n.name}"."${n.table}" ("recorded_on");\`);
  }
}
`,

    [`src/${n.name}.test.ts`]: `import { startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { ${n.name} } from "./index";

const PROVINCE = identity("${n.code}", "440000");
const CITY = identity("${n.code}", "440300");
const ELSEWHERE = identity("${n.code}", "330000");
const OTHER_AGENCY = identity("OFFICE", "440000");

const RECORD = \`mutation($input: ${n.createInput}!) { ${n.create}(input: $input) { id documentNumber region recordedOn subject createdBy } }\`;
const ONE = \`query($id: ID!) { ${n.entity}(id: $id) { id subject } }\`;
const LIST = \`query($filter: ${n.Entity}Filter) { ${n.entities}(first: 10, filter: $filter) { totalCount edges { node { id region } } } }\`;
const ENTITIES = \`query($r: [_Any!]!) { _entities(representations: $r) { ... on ${n.Entity} { id documentNumber } } }\`;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof CITY, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
let serial = 0;
const input = (over: Record<string, unknown> = {}) => ({ documentNumber: \`${n.code}-2017-\${++serial}\`, region: "440300", recordedOn: "2017-10-09", subject: "一项记录", ...over });

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(${n.name}, { port: 0, databaseUrl: db.url });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

describe("${n.name} subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    expect((await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe("");
  });

  test("the agency records inside its region; the record is looked up, listed and resolved as an entity", async () => {
    const res = await call(CITY, RECORD, { input: input() });
    expect(res.errors).toBeUndefined();
    const { id } = res.data.${n.create};
    expect(res.data.${n.create}).toMatchObject({ region: "440300", recordedOn: "2017-10-09", createdBy: CITY.sub });
    expect((await call(PROVINCE, ONE, { id })).data.${n.entity}).toMatchObject({ id });
    expect((await call(PROVINCE, LIST, { filter: { region: "440300" } })).data.${n.entities}.edges.map((e: any) => e.node.id)).toContain(id);
    expect((await call(PROVINCE, ENTITIES, { r: [{ __typename: "${n.Entity}", id }] })).data._entities[0]).toMatchObject({ id });
  });

  test("other regions do not see it: the lookup answers null, the list leaves it out", async () => {
    const { id } = (await call(CITY, RECORD, { input: input() })).data.${n.create};
    expect((await call(ELSEWHERE, ONE, { id })).data.${n.entity}).toBeNull();
    expect((await call(ELSEWHERE, LIST)).data.${n.entities}.edges.map((e: any) => e.node.id)).not.toContain(id);
  });

  test("only the agency writes, only inside its region", async () => {
    expect((await call(OTHER_AGENCY, RECORD, { input: input() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await call(CITY, RECORD, { input: input({ region: "330100" }) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  test("bad input names the field and writes nothing", async () => {
    const before = (await call(PROVINCE, LIST)).data.${n.entities}.totalCount;
    const bad = async (over: Record<string, unknown>, field: string) =>
      expect((await call(CITY, RECORD, { input: input(over) })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    await bad({ recordedOn: "2018-02-30" }, "input.recordedOn");
    await bad({ recordedOn: "2999-01-01" }, "input.recordedOn");
    await bad({ subject: "a\\u0000b" }, "input.subject");
    await bad({ region: "12345" }, "input.region");
    const taken = input();
    expect((await call(CITY, RECORD, { input: taken })).errors).toBeUndefined();
    await bad({ documentNumber: taken.documentNumber }, "input.documentNumber");
    expect((await call(PROVINCE, LIST)).data.${n.entities}.totalCount).toBe(before + 1);
  });
});
`,
  };
}

/** The README section an agency's developers start from. */
export const readmeSection = (n: AgencyNames) => `
### ${n.department} (\`${n.name}\`, port ${n.port}, agency \`${n.code}\`)
${n.description}. Scaffolded with \`npm run new-agency -- ${n.name}\`: \`${n.entity}(id)\`, \`${n.entities}(filter)\` and
\`${n.create}(input)\` on \`${n.Entity}\`; the folder is \`subgraphs/${n.name}/\`, its manifest \`src/manifest.ts\`.
`;
