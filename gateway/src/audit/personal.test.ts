import { readFileSync } from "node:fs";
import { Supergraph } from "@apollo/federation-internals";
import { isInputObjectType, parse, type GraphQLSchema } from "graphql";
import { SUPERGRAPH_PATH } from "../config";
import { isPersonal } from "./personal";
import { REDACTED, learnPersonalKeys, redactVariables } from "./redact";

const api: GraphQLSchema = Supergraph.build(readFileSync(SUPERGRAPH_PATH, "utf8")).apiSchema().toGraphQLJSSchema();
const typed = (query: string, operationName?: string) => ({ schema: api, document: parse(query), operationName });

describe("personal data the schema declares", () => {
  test("every input field that looks like a person's contact or identity is described as personal data", () => {
    // `name` alone is also an enterprise's or an operation's: a person's names are checked below
    const looksPersonal = /phone|contactname|idnumber|birthdate|officialname/i;
    const unmarked = Object.values(api.getTypeMap())
      .filter(isInputObjectType)
      .flatMap((t) => Object.values(t.getFields()).map((f) => ({ path: `${t.name}.${f.name}`, f })))
      .filter(({ f }) => looksPersonal.test(f.name) && !isPersonal(f) && !/Filter$/.test(f.name))
      .map(({ path }) => path);
    expect(unmarked).toEqual([]);
    for (const [type, field] of [["SuspectInput", "name"], ["PlanContactInput", "name"]]) {
      const input = api.getType(type);
      expect(isInputObjectType(input) && isPersonal(input.getFields()[field])).toBe(true);
    }
  });

  test("a complaint's contact is redacted however the client names its variables", () => {
    const query = `mutation File($phone: String, $who: String, $in: FileComplaintInput!) {
      a: fileComplaint(input: { complainantCreditCode: "x", channel: ONLINE, rightType: TRADEMARK, subject: "s", description: "d", region: "440300", receivedOn: "2018-01-02", contactPhone: $phone, contactName: $who }) { id }
      b: fileComplaint(input: $in) { id }
    }`;
    const input = { complainantCreditCode: "91440300MA5F000000", subject: "s", contactName: "陈女士", contactPhone: "+86 755 1234 5678", region: "440300" };
    expect(redactVariables({ phone: "13800000000", who: "陈女士", in: input }, typed(query, "File"))).toEqual({
      phone: REDACTED,
      who: REDACTED,
      in: { ...input, contactName: REDACTED, contactPhone: REDACTED },
    });
  });

  test("other variables of the same operation are kept, and unknown ones are left to the key rules", () => {
    const query = `query Q($region: String, $first: Int) { complaints(first: $first, filter: { region: $region }) { totalCount } }`;
    expect(redactVariables({ region: "440300", first: 5, extra: { name: "x" } }, typed(query))).toEqual({ region: "440300", first: 5, extra: { name: REDACTED } });
  });

  test("once the schema is learnt, requests refused before validation have the personal keys redacted too", () => {
    expect(redactVariables({ contactPhone: "13800000000" })).toEqual({ contactPhone: "13800000000" });
    learnPersonalKeys(api);
    expect(redactVariables({ input: { contactPhone: "13800000000", contactName: "陈女士", subject: "kept" } })).toEqual({
      input: { contactPhone: REDACTED, contactName: REDACTED, subject: "kept" },
    });
  });
});
