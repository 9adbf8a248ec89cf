import { Migration } from "@mikro-orm/migrations";

/**
 * The campaigns agencies tag cases with, and the phases of the action plan itself
 * (打假办发〔2017〕8号 part 二: mobilise by 10 Sep, act Sep-Dec, report by 31 Dec 2017).
 */
const CAMPAIGNS: Array<[string, string, string, string, string | null, string | null]> = [
  ["FOREIGN_INVESTED_IP_2017", "外商投资企业知识产权保护行动", "OFFICE", "2017-09-08", "2017-12-31", "打假办发〔2017〕8号"],
  ["THUNDER", "专利执法维权“雷霆”专项行动", "IPO", "2017-01-01", "2017-12-31", null],
  ["SWORD_NET_2017", "打击网络侵权盗版“剑网2017”专项行动", "PRESS", "2017-07-01", "2017-11-30", null],
  ["GREEN_SHIELD", "寄递渠道安全监管“绿盾”工程", "POSTAL", "2017-01-01", null, null],
  ["LONGTENG", "中国海关知识产权保护“龙腾行动”", "CUSTOMS", "2019-03-01", null, null],
  ["SEED_ENFORCEMENT", "打击制售侵权假冒种子种苗专项行动", "AGRICULTURE", "2017-01-01", null, null],
  ["CLUSTER_CAMPAIGN", "打击侵权假冒犯罪集群战役", "POLICE", "2017-01-01", null, null],
];

const PHASES: Array<[string, number, string, string, string | null, string]> = [
  ["FOREIGN_INVESTED_IP_2017", 1, "MOBILISATION", "印发《行动方案》，动员部署，提出任务要求，明确职责分工", null, "2017-09-10"],
  ["FOREIGN_INVESTED_IP_2017", 2, "ACTION", "集中行动，严肃查处侵犯外商投资企业知识产权违法犯罪行为，及时曝光典型案例", "2017-09-01", "2017-12-31"],
  ["FOREIGN_INVESTED_IP_2017", 3, "SUMMARY", "全面总结，向全国打击侵权假冒工作领导小组办公室提交专项工作报告", "2017-12-01", "2017-12-31"],
];

const q = (v: string | number | null) => (v === null ? "null" : typeof v === "number" ? String(v) : `'${v.replace(/'/g, "''")}'`);

export class Migration0002Campaigns extends Migration {
  override async up(): Promise<void> {
    for (const [code, name, lead, starts, ends, doc] of CAMPAIGNS)
      this.addSql(`insert into "office"."campaign" ("code", "name", "lead_agency", "starts_on", "ends_on", "document") values (${[code, name, lead, starts, ends, doc].map(q).join(", ")});`);
    for (const [code, position, kind, description, starts, due] of PHASES)
      this.addSql(`insert into "office"."campaign_phase" ("id", "campaign_code", "position", "kind", "description", "starts_on", "due_on") values (${[`${code}-${position}`, code, position, kind, description, starts, due].map(q).join(", ")});`);
  }
}
