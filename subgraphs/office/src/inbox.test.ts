import { startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { office } from "./index";
import { endedMonths } from "./inbox-tables";

/** The office's part of the inbox: the key, its own section (monthly tables), access, and the merge of contributed sections. */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
// 10 November 2017: October's table is due (by the 15th), the eleven months before are overdue
const now = new Date("2017-11-10T10:00:00+08:00");
const call = (who: ReturnType<typeof identity>, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
const ITEM = "kind typename id title region dueAt overdue counterpart";
const INBOX = `query($agency: Agency, $region: String) { inbox(agency: $agency, region: $region) { agency region
  monthlyTablesDue { totalCount items { ${ITEM} } } items { id overdue } totalCount } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(office, { port: 0, databaseUrl: db.url, clock: () => now });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

test("the last twelve ended months, latest first", () => {
  expect(endedMonths(new Date("2018-01-01T01:00:00+08:00"), 3)).toEqual(["2017-12", "2017-11", "2017-10"]);
  expect(endedMonths(now, 12)).toHaveLength(12);
});

test("a provincial office's inbox lists its tables not submitted, oldest first, October's due but not yet overdue", async () => {
  const res = await call(identity("OFFICE", "440000"), INBOX);
  expect(res.errors).toBeUndefined();
  const inbox = res.data.inbox;
  expect(inbox).toMatchObject({ agency: "OFFICE", region: "440000", totalCount: 12 });
  const { items, totalCount } = inbox.monthlyTablesDue;
  expect(totalCount).toBe(12);
  expect(items[0]).toMatchObject({ kind: "monthlyTablesDue", typename: "MonthlyReport", id: "440000/2016-11/FOREIGN_INVESTED", region: "440000", overdue: true, counterpart: null });
  expect(items.at(-1)).toMatchObject({ id: "440000/2017-10/FOREIGN_INVESTED", dueAt: "2017-11-15T15:59:59.999Z", overdue: false });
  expect(inbox.items.map((i: { id: string }) => i.id)).toEqual(items.map((i: { id: string }) => i.id));
});

test("the national office sees every unit's tables, the first 100 with the count of all; a city office and other agencies have none", async () => {
  const national = (await call(identity("OFFICE", "000000"), INBOX)).data.inbox.monthlyTablesDue;
  expect(national.totalCount).toBe(32 * 12);
  expect(national.items).toHaveLength(100);
  expect((await call(identity("OFFICE", "440300"), INBOX)).data.inbox.monthlyTablesDue.totalCount).toBe(0);
  const police = (await call(identity("POLICE", "440300"), INBOX)).data.inbox;
  expect(police).toMatchObject({ agency: "POLICE", region: "440300", monthlyTablesDue: { totalCount: 0, items: [] }, items: [], totalCount: 0 });
});

test.each([
  ["another agency's inbox", identity("SAIC", "440300"), { agency: "POLICE" }, "FORBIDDEN"],
  ["a region outside the caller's", identity("POLICE", "440300"), { region: "440000" }, "FORBIDDEN"],
  ["an office outside its region", identity("OFFICE", "440000"), { agency: "POLICE", region: "330100" }, "FORBIDDEN"],
  ["an unknown region", identity("OFFICE", "000000"), { region: "999999" }, "BAD_USER_INPUT"],
])("refuses %s", async (_what, who, variables, code) => {
  const res = await call(who, INBOX, variables);
  expect(res.data?.inbox ?? null).toBeNull();
  expect(res.errors?.[0].extensions?.code).toBe(code);
});

test("the office reads any agency's inbox inside its region; a province its cities'", async () => {
  expect((await call(identity("OFFICE", "440000"), INBOX, { agency: "POLICE", region: "440300" })).data.inbox).toMatchObject({ agency: "POLICE", region: "440300" });
  expect((await call(identity("POLICE", "440000"), INBOX, { region: "440300" })).data.inbox).toMatchObject({ agency: "POLICE", region: "440300" });
});

test("items merges the sections the gateway hands over with the office's own, by due time; a failed (null) section is left out", async () => {
  const item = (id: string, dueAt: string, overdue: boolean) => ({ kind: "referralsToDecide", typename: "Referral", id, title: "t", region: "440000", dueAt, overdue, counterpart: "SAIC" });
  const representation = {
    __typename: "Inbox", agency: "OFFICE", region: "440000",
    referralsToDecide: { totalCount: 5, items: [item("r-late", "2016-01-01T00:00:00.000Z", true), item("r-soon", "2017-11-12T15:59:59.999Z", false)] },
    reconsiderationsToAnswer: null,
  };
  const res = await call(identity("OFFICE", "440000"), `query($r: [_Any!]!) { _entities(representations: $r) { ... on Inbox { items { id dueAt overdue } totalCount } } }`, { r: [representation] });
  expect(res.errors).toBeUndefined();
  const ids = res.data._entities[0].items.map((i: { id: string }) => i.id);
  expect(ids).toHaveLength(14);
  expect(ids[0]).toBe("r-late");
  expect(ids.indexOf("r-soon")).toBe(ids.indexOf("440000/2017-10/FOREIGN_INVESTED") - 1);
  expect(res.data._entities[0].totalCount).toBe(12 + 5);
});

test("an entity reference is checked like the root query", async () => {
  const res = await call(identity("SAIC", "440000"), `query($r: [_Any!]!) { _entities(representations: $r) { ... on Inbox { totalCount } } }`, {
    r: [{ __typename: "Inbox", agency: "POLICE", region: "440000" }],
  });
  expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
});
