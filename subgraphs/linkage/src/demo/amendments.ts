import { correctDemo, daysLater, referencedIds, type World } from "@ipr/shared/demo";
import { ReferralStatus } from "../entities/referral";

type Rec = Record<string, any>;
const THRESHOLD = "涉案金额达到刑事追诉标准，";

/**
 * The referring agencies' corrections of referrals in the demo set: a few declined referrals nothing
 * else names (no filing supervision, evidence transfer) had their reason entered short and completed
 * days after sending. A FILED referral's reason is the criminal case's, so it is never corrected; no
 * referral is withdrawn (the monthly table's referral lines count every one sent).
 */
export function amendReferrals(world: World) {
  const rnd = world.random("amend-linkage-Referral");
  const referenced = referencedIds(world, ["linkage.events"]);
  const quiet = (world.rows<Rec>("linkage", "referrals") as Rec[])
    .filter((r) => r.status === ReferralStatus.DECLINED && String(r.reason).startsWith(THRESHOLD) && !referenced.has(r.id) && !r.withdrawnAt && r.sentAt.toISOString() <= "2018-12-20");
  const count = Math.max(2, Math.round(2 * world.scale));
  for (let i = 0; i < count && quiet.length; i++) {
    const row = quiet.splice(rnd.int(0, quiet.length - 1), 1)[0];
    // the reason as first sent: without the threshold it was referred under
    correctDemo(world, "linkage", "Referral", row, { reason: String(row.reason).slice(THRESHOLD.length) }, "补充移送理由（涉案金额达到追诉标准）", row.fromAgency, daysLater(rnd, row.sentAt, 0, 2));
  }
}
