import { Ctx, Resolver, Root } from "type-graphql";
import {
  Agency, INBOX_LIMIT, inboxTitle, InboxSectionField, checkInbox, emptyInboxSection, endOfDate, inboxItem, inboxSection, regionPrefixFilter,
  type Context, type InboxItem, type InboxKey, type InboxSection,
} from "@ipr/shared";
import { Inbox } from "../entities/foreign";
import { Referral, ReferralStatus } from "../entities/referral";
import { AssistanceRequest, AssistanceStatus } from "../entities/assistance-request";
import { Clue, ClueStatus } from "../entities/clue";
import { EvidenceTransfer, EvidenceTransferStatus } from "../entities/evidence-transfer";
import type { Exchange } from "../entities/exchange";
import { CLUE_ANSWER_DAYS, EVIDENCE_RECEIPT_DAYS, endOfDayAfter } from "../deadlines";
import { SOURCES } from "../sources";
import { manifest } from "../manifest";

/** The first INBOX_LIMIT rows by due time and the count of all, in two statements. */
async function firstAndCount<T extends object>(ctx: Context, entity: new () => T, where: object, orderBy: object): Promise<[T[], number]> {
  return ctx.em.findAndCount(entity, where as never, { orderBy: orderBy as never, limit: INBOX_LIMIT });
}

/** Referrals waiting on the police of the inbox's region, in the given state; nothing for other agencies. */
async function referralsWaiting(ctx: Context, key: InboxKey, status: ReferralStatus, kind: string): Promise<InboxSection> {
  if (checkInbox(ctx, key).agency !== Agency.POLICE) return emptyInboxSection();
  const [rows, count] = await firstAndCount(ctx, Referral, { status, decisionDueAt: { $ne: null }, ...regionPrefixFilter(key.region) }, { decisionDueAt: "asc", id: "asc" });
  return inboxSection(
    rows.map((r) =>
      inboxItem(ctx, kind, {
        typename: "Referral", id: r.id, region: r.region, dueAt: r.decisionDueAt!, counterpart: r.fromAgency,
        title: inboxTitle(`${SOURCES[r.sourceType]?.typename ?? r.sourceType} referred by ${r.fromAgency}: ${status === ReferralStatus.SENT ? r.reason : r.reconsiderationReason ?? r.reason}`),
      }),
    ),
    count,
  );
}

/** Exchanges sent to the inbox's agency inside its region and still waiting on it. */
async function exchangesWaiting<T extends Exchange>(
  ctx: Context, key: InboxKey, entity: new () => T, where: object, orderBy: object, toItem: (row: T) => Omit<InboxItem, "kind" | "overdue" | "typename" | "id" | "region" | "counterpart">, kind: string, typename: string,
): Promise<InboxSection> {
  checkInbox(ctx, key);
  const [rows, count] = await firstAndCount(ctx, entity, { ...where, toAgency: key.agency, ...regionPrefixFilter(key.region, "toRegion") }, orderBy);
  return inboxSection(rows.map((row) => inboxItem(ctx, kind, { typename, id: row.id, region: row.toRegion, counterpart: row.fromAgency, ...toItem(row) })), count);
}

/**
 * Linkage's sections of the inbox, each from its own tables, scoped to the inbox's agency and region
 * and bounded to the first INBOX_LIMIT by due time (with the count of all). Declared in manifest.ts.
 */
@Resolver(() => Inbox)
export class LinkageInbox {
  @InboxSectionField(manifest, "referralsToDecide")
  referralsToDecide(@Root() key: InboxKey, @Ctx() ctx: Context) {
    return referralsWaiting(ctx, key, ReferralStatus.SENT, "referralsToDecide");
  }

  @InboxSectionField(manifest, "reconsiderationsToAnswer")
  reconsiderationsToAnswer(@Root() key: InboxKey, @Ctx() ctx: Context) {
    return referralsWaiting(ctx, key, ReferralStatus.RECONSIDERATION_REQUESTED, "reconsiderationsToAnswer");
  }

  @InboxSectionField(manifest, "assistanceRequestsToAnswer")
  assistanceRequestsToAnswer(@Root() key: InboxKey, @Ctx() ctx: Context) {
    return exchangesWaiting(ctx, key, AssistanceRequest, { status: AssistanceStatus.OPEN }, { dueOn: "asc", id: "asc" },
      (r) => ({ title: inboxTitle(r.subject), dueAt: endOfDate(r.dueOn) }), "assistanceRequestsToAnswer", "AssistanceRequest");
  }

  @InboxSectionField(manifest, "cluesToAnswer")
  cluesToAnswer(@Root() key: InboxKey, @Ctx() ctx: Context) {
    // the deadline is a fixed period after sentAt, so sentAt orders by due time
    return exchangesWaiting(ctx, key, Clue, { status: ClueStatus.SENT }, { sentAt: "asc", id: "asc" },
      (c) => ({ title: inboxTitle(c.summary), dueAt: endOfDayAfter(c.sentAt, CLUE_ANSWER_DAYS) }), "cluesToAnswer", "Clue");
  }

  @InboxSectionField(manifest, "evidenceToReceive")
  evidenceToReceive(@Root() key: InboxKey, @Ctx() ctx: Context) {
    return exchangesWaiting(ctx, key, EvidenceTransfer, { status: EvidenceTransferStatus.SENT }, { sentAt: "asc", id: "asc" },
      (t) => ({ title: `Evidence from ${t.fromAgency} in ${t.region}`, dueAt: endOfDayAfter(t.sentAt, EVIDENCE_RECEIPT_DAYS) }), "evidenceToReceive", "EvidenceTransfer");
  }
}
