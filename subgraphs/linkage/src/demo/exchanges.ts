import { createHash } from "node:crypto";
import { Agency } from "@ipr/shared";
import { atLocal, within, type Random, type SourceCase, type World } from "@ipr/shared/demo";
import { ClueStatus, type Clue } from "../entities/clue";
import { EvidenceKind, EvidenceTransferStatus, type EvidenceItem, type EvidenceTransfer } from "../entities/evidence-transfer";
import { EnforcementCaseType } from "../sources";
import type { ReferralRow } from "./referrals";

const ITEMS: ReadonlyArray<readonly [EvidenceKind, string, number]> = [
  [EvidenceKind.DOCUMENT, "现场检查笔录", 400_000], [EvidenceKind.DOCUMENT, "询问笔录", 300_000], [EvidenceKind.PHOTO, "现场照片", 3_000_000],
  [EvidenceKind.PHYSICAL_SAMPLE, "涉案样品", 0], [EvidenceKind.ELECTRONIC_DATA, "销售记录电子数据", 20_000_000], [EvidenceKind.DOCUMENT, "权利人鉴定意见", 250_000],
];

/**
 * The evidence an agency hands the police with a referral (证据移转), each item fingerprinted;
 * the police receive it the same day, and in a rare transfer one file's hash does not match.
 */
export function handOverEvidence(world: World, rnd: Random, referral: ReferralRow, source: SourceCase) {
  const id = world.id("evidence-transfer", referral.id);
  const sentAt = new Date(referral.sentAt.getTime() + 10 * 60_000);
  const broken = rnd.chance(0.02);
  const count = rnd.int(2, 4);
  world.rows<EvidenceTransfer>("linkage", "evidenceTransfers").push({
    id, fromAgency: source.agency, region: source.region, toAgency: Agency.POLICE, toRegion: source.region, sentAt, sentBy: `${source.agency.toLowerCase()}-${source.region}`,
    caseType: source.type as EnforcementCaseType, caseId: source.id, referralId: referral.id,
    status: broken ? EvidenceTransferStatus.INTEGRITY_MISMATCH : EvidenceTransferStatus.RECEIVED,
    receivedAt: new Date(sentAt.getTime() + rnd.int(1, 6) * 3600_000), receivedBy: `police-${source.region}`,
  });
  for (let position = 0; position < count; position++) {
    const [kind, description, size] = ITEMS[(position * 2 + rnd.int(0, 1)) % ITEMS.length];
    const itemId = world.id("evidence-item", referral.id, position);
    world.rows<EvidenceItem>("linkage", "evidenceItems").push({
      id: itemId, transfer: id, position, kind, description, sha256: createHash("sha256").update(itemId).digest("hex"),
      sizeBytes: size ? rnd.int(size / 4, size) : null, intact: !(broken && position === count - 1),
    });
  }
}

/** Clues customs and postal pass on about the enterprises behind the goods they stopped (线索通报). */
export function notifyClues(world: World, rnd: Random) {
  for (const s of world.sources) {
    if (!s.infringer || !rnd.chance(0.15)) continue;
    const customs = s.type === EnforcementCaseType.CUSTOMS_SEIZURE;
    if (!customs && s.type !== EnforcementCaseType.POSTAL_INTERCEPTION) continue;
    const sentOn = within(s.date, rnd.int(1, 10));
    if (!sentOn) continue;
    const sentAt = atLocal(sentOn, rnd.int(9, 17));
    const answered = within(sentOn, rnd.int(2, 20));
    const status = answered ? rnd.weighted([[ClueStatus.ACTED_ON, 45], [ClueStatus.NO_ACTION, 15], [ClueStatus.ACKNOWLEDGED, 25], [ClueStatus.SENT, 15]] as const) : ClueStatus.SENT;
    world.rows<Clue>("linkage", "clues").push({
      id: world.id("clue", s.id), fromAgency: s.agency, region: s.region, toAgency: customs ? Agency.SAIC : Agency.POLICE,
      // the enterprise is registered where its credit code says
      toRegion: s.infringer.slice(2, 8), sentAt, sentBy: `${s.agency.toLowerCase()}-${s.region}`, caseType: s.type as EnforcementCaseType, caseId: s.id,
      summary: `${s.summary}，涉案企业统一社会信用代码${s.infringer}，请核查其生产、仓储源头`,
      status, answeredAt: status === ClueStatus.SENT ? null : atLocal(answered!, 15),
      outcome: status === ClueStatus.ACTED_ON ? "已立案查处" : status === ClueStatus.NO_ACTION ? "经核查，未发现违法线索" : null,
    });
  }
}
