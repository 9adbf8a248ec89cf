import { Migration } from "@mikro-orm/migrations";

/**
 * Prosecution thresholds for IP crimes. Sources: 法释〔2004〕19号 (arts. 1, 3, 4, 5, 7), 法释〔2007〕6号
 * (art. 1: 500 copies), 法释〔2020〕10号 with the 2020 filing standard (trade secrets: loss of 300,000 yuan
 * from 14 September 2020, previously 500,000).
 */
const RULES: Array<[string, string, string, string, string | null, string]> = [
  ["TRADEMARK_COUNTERFEITING", "BUSINESS_VOLUME", "50000", "2004-12-22", null, "法释〔2004〕19号 第一条"],
  ["TRADEMARK_COUNTERFEITING", "ILLEGAL_GAINS", "30000", "2004-12-22", null, "法释〔2004〕19号 第一条"],
  ["PATENT_PASSING_OFF", "BUSINESS_VOLUME", "200000", "2004-12-22", null, "法释〔2004〕19号 第四条"],
  ["PATENT_PASSING_OFF", "ILLEGAL_GAINS", "100000", "2004-12-22", null, "法释〔2004〕19号 第四条"],
  ["COPYRIGHT_INFRINGEMENT", "ILLEGAL_GAINS", "30000", "2004-12-22", null, "法释〔2004〕19号 第五条"],
  ["COPYRIGHT_INFRINGEMENT", "BUSINESS_VOLUME", "50000", "2004-12-22", null, "法释〔2004〕19号 第五条"],
  ["COPYRIGHT_INFRINGEMENT", "COPIES", "1000", "2004-12-22", "2007-04-04", "法释〔2004〕19号 第五条"],
  ["COPYRIGHT_INFRINGEMENT", "COPIES", "500", "2007-04-05", null, "法释〔2007〕6号 第一条"],
  ["TRADE_SECRET_INFRINGEMENT", "RIGHT_HOLDER_LOSS", "500000", "2004-12-22", "2020-09-13", "法释〔2004〕19号 第七条"],
  ["TRADE_SECRET_INFRINGEMENT", "RIGHT_HOLDER_LOSS", "300000", "2020-09-14", null, "法释〔2020〕10号；立案追诉标准（2020）"],
];

export class Migration0002CriminalThresholds extends Migration {
  override async up(): Promise<void> {
    for (const [offence, measure, minimum, from, to, basis] of RULES)
      this.addSql(
        `insert into "linkage"."criminal_threshold" ("id", "offence", "measure", "minimum", "effective_from", "effective_to", "legal_basis") values ('${offence}-${measure}-${from}', '${offence}', '${measure}', ${minimum}, '${from}', ${to ? `'${to}'` : "null"}, '${basis}');`,
      );
  }
}
