import { startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { commerce } from "./index";

const PROVINCE = identity("COMMERCE", "440000");
const CITY = identity("COMMERCE", "440300");
const ELSEWHERE = identity("COMMERCE", "330000");
const OTHER_AGENCY = identity("OFFICE", "440000");

const RECORD = `mutation($input: CecordComplaintInput!) { recordComplaint(input: $input) { id documentNumber region recordedOn subject createdBy } }`;
const ONE = `query($id: ID!) { complaint(id: $id) { id subject } }`;
const LIST = `query($filter: ComplaintFilter) { complaints(first: 10, filter: $filter) { totalCount edges { node { id region } } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id documentNumber } } }`;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof CITY, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
let serial = 0;
const input = (over: Record<string, unknown> = {}) => ({ documentNumber: `COMMERCE-2017-${++serial}`, region: "440300", recordedOn: "2017-10-09", subject: "一项记录", ...over });

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(commerce, { port: 0, databaseUrl: db.url });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

describe("commerce subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    expect((await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe("");
  });

  test("the agency records inside its region; the record is looked up, listed and resolved as an entity", async () => {
    const res = await call(CITY, RECORD, { input: input() });
    expect(res.errors).toBeUndefined();
    const { id } = res.data.recordComplaint;
    expect(res.data.recordComplaint).toMatchObject({ region: "440300", recordedOn: "2017-10-09", createdBy: CITY.sub });
    expect((await call(PROVINCE, ONE, { id })).data.complaint).toMatchObject({ id });
    expect((await call(PROVINCE, LIST, { filter: { region: "440300" } })).data.complaints.edges.map((e: any) => e.node.id)).toContain(id);
    expect((await call(PROVINCE, ENTITIES, { r: [{ __typename: "Complaint", id }] })).data._entities[0]).toMatchObject({ id });
  });

  test("other regions do not see it: the lookup answers null, the list leaves it out", async () => {
    const { id } = (await call(CITY, RECORD, { input: input() })).data.recordComplaint;
    expect((await call(ELSEWHERE, ONE, { id })).data.complaint).toBeNull();
    expect((await call(ELSEWHERE, LIST)).data.complaints.edges.map((e: any) => e.node.id)).not.toContain(id);
  });

  test("only the agency writes, only inside its region", async () => {
    expect((await call(OTHER_AGENCY, RECORD, { input: input() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await call(CITY, RECORD, { input: input({ region: "330100" }) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  test("bad input names the field and writes nothing", async () => {
    const before = (await call(PROVINCE, LIST)).data.complaints.totalCount;
    const bad = async (over: Record<string, unknown>, field: string) =>
      expect((await call(CITY, RECORD, { input: input(over) })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    await bad({ recordedOn: "2018-02-30" }, "input.recordedOn");
    await bad({ recordedOn: "2999-01-01" }, "input.recordedOn");
    await bad({ subject: "a\u0000b" }, "input.subject");
    await bad({ region: "12345" }, "input.region");
    const taken = input();
    expect((await call(CITY, RECORD, { input: taken })).errors).toBeUndefined();
    await bad({ documentNumber: taken.documentNumber }, "input.documentNumber");
    expect((await call(PROVINCE, LIST)).data.complaints.totalCount).toBe(before + 1);
  });
});
