import ts from "typescript";
import { agencyNames } from "./names";
import { templates } from "./templates";

const shared = { dependencies: { graphql: "16", "type-graphql": "2", "@mikro-orm/core": "6", "@mikro-orm/postgresql": "6", "@mikro-orm/migrations": "6", "reflect-metadata": "0.2" } };

describe("npm run new-agency", () => {
  const names = agencyNames({ name: "commerce", port: 4012, entity: "OutreachEvent", department: "商务部门" });

  test("names follow the house rules, and a bad name is refused before anything is written", () => {
    expect(names).toMatchObject({ code: "COMMERCE", entities: "outreachEvents", kebab: "outreach-event", dataset: "outreach-events", table: "outreach_event", create: "recordOutreachEvent", createInput: "RecordOutreachEventInput" });
    expect(agencyNames({ name: "x", port: 1, entity: "Inquiry" })).toMatchObject({ entities: "inquiries", dataset: "inquiries" });
    expect(() => agencyNames({ name: "Commerce", port: 1 })).toThrow(/lower-case/);
    expect(() => agencyNames({ name: "x", code: "x-y", port: 1 })).toThrow(/upper-case/);
    expect(() => agencyNames({ name: "x", entity: "bad name", port: 1 })).toThrow(/PascalCase/);
  });

  test("writes every part of a subgraph: manifest, definition, entity, resolver, reference, policy, migration, demo, tests", () => {
    expect(Object.keys(templates(names, shared)).sort()).toEqual([
      "jest.config.js", "package.json", "src/commerce.test.ts", "src/demo/index.ts", "src/entities/outreach-event.ts", "src/index.ts", "src/manifest.ts",
      "src/migrations/0001-init.ts", "src/migrations/index.ts", "src/policy.ts", "src/references.ts", "src/resolvers/outreach-event.ts",
      "src/schema/inputs.ts", "tsconfig.build.json", "tsconfig.json",
    ]);
  });

  test("every TypeScript file it writes parses", () => {
    for (const [file, text] of Object.entries(templates(names, shared)).filter(([f]) => f.endsWith(".ts"))) {
      const out = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { experimentalDecorators: true } });
      expect([file, out.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))]).toEqual([file, []]);
    }
  });
});
