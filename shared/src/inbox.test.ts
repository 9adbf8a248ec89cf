import { Agency } from "./agency";
import type { Context } from "./context";
import { endOfDate } from "./deadlines";
import { INBOX_SECTION_SELECTION, InboxItem, InboxSectionField, byDueTime, checkInbox, inboxItem, inboxSection } from "./inbox";
import { INBOX_SECTIONS, MANIFESTS } from "./registry";

const ctxOf = (agency: Agency, region: string, now = new Date("2017-10-20T12:00:00+08:00")) =>
  ({ identity: { sub: "t", agency, region, roles: [] }, now: () => now }) as unknown as Context;

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { extensions?: { code?: string } }).extensions?.code;
  }
  return "OK";
};

describe("the inbox kit", () => {
  test("an agency reads its own inbox in its region or one inside it; the office any agency's inside its region", () => {
    expect(codeOf(() => checkInbox(ctxOf(Agency.POLICE, "440000"), { agency: Agency.POLICE, region: "440300" }))).toBe("OK");
    expect(codeOf(() => checkInbox(ctxOf(Agency.POLICE, "440300"), { agency: Agency.POLICE, region: "440000" }))).toBe("FORBIDDEN");
    expect(codeOf(() => checkInbox(ctxOf(Agency.SAIC, "440300"), { agency: Agency.POLICE, region: "440300" }))).toBe("FORBIDDEN");
    expect(codeOf(() => checkInbox(ctxOf(Agency.OFFICE, "440000"), { agency: Agency.POLICE, region: "440300" }))).toBe("OK");
    expect(codeOf(() => checkInbox(ctxOf(Agency.OFFICE, "440000"), { agency: Agency.POLICE, region: "330000" }))).toBe("FORBIDDEN");
    expect(codeOf(() => checkInbox(ctxOf(Agency.OFFICE, "000000"), { agency: Agency.POLICE, region: "999999" }))).toBe("BAD_USER_INPUT");
  });

  test("an item is overdue strictly after its deadline, on the request's clock", () => {
    const due = endOfDate("2017-10-20");
    expect(due.toISOString()).toBe("2017-10-20T15:59:59.999Z");
    const item = (now: string) => inboxItem(ctxOf(Agency.POLICE, "440300", new Date(now)), "k", { typename: "T", id: "1", title: "t", region: "440300", dueAt: due });
    expect(item("2017-10-20T23:59:59+08:00")).toMatchObject({ kind: "k", overdue: false, counterpart: null });
    expect(item("2017-10-21T00:00:00+08:00").overdue).toBe(true);
  });

  test("a section lists its items by due time and keeps the count of all", () => {
    const at = (iso: string, id: string) => ({ dueAt: new Date(iso), id }) as InboxItem;
    const s = inboxSection([at("2017-10-03T00:00:00Z", "b"), at("2017-10-01T00:00:00Z", "c"), at("2017-10-03T00:00:00Z", "a")], 250);
    expect(s.items.map((i) => i.id)).toEqual(["c", "a", "b"]);
    expect(s.totalCount).toBe(250);
    expect([at("2017-10-02T00:00:00Z", "x"), at("2017-10-01T00:00:00Z", "y")].sort(byDueTime)[0].id).toBe("y");
  });

  test("the registry lists each manifest's sections once, and the office's selection asks for every item field", () => {
    const fields = INBOX_SECTIONS.map((s) => s.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(INBOX_SECTIONS.length).toBe(MANIFESTS.reduce((n, m) => n + (m.inbox?.length ?? 0), 0));
    for (const f of ["kind", "typename", "id", "title", "region", "dueAt", "overdue", "counterpart"]) expect(INBOX_SECTION_SELECTION).toContain(` ${f}`);
  });

  test("a section field must be declared in its subgraph's manifest", () => {
    const manifest = { name: "x", port: 1, description: "", probe: "p", inbox: [{ field: "thingsToDo", description: "d" }] };
    expect(() => InboxSectionField(manifest, "thingsToDo")).not.toThrow();
    expect(() => InboxSectionField(manifest, "undeclared")).toThrow(/declares no inbox section undeclared/);
  });
});
