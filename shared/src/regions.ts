import { badInput } from "./errors";

/**
 * The 32 reporting units of the monthly table: 31 province-level divisions (GB/T 2260)
 * plus the Xinjiang Production and Construction Corps, which reports on its own as 660000.
 */
export const REPORTING_UNITS: ReadonlyArray<{ code: string; name: string }> = [
  ["110000", "北京市"], ["120000", "天津市"], ["130000", "河北省"], ["140000", "山西省"],
  ["150000", "内蒙古自治区"], ["210000", "辽宁省"], ["220000", "吉林省"], ["230000", "黑龙江省"],
  ["310000", "上海市"], ["320000", "江苏省"], ["330000", "浙江省"], ["340000", "安徽省"],
  ["350000", "福建省"], ["360000", "江西省"], ["370000", "山东省"], ["410000", "河南省"],
  ["420000", "湖北省"], ["430000", "湖南省"], ["440000", "广东省"], ["450000", "广西壮族自治区"],
  ["460000", "海南省"], ["500000", "重庆市"], ["510000", "四川省"], ["520000", "贵州省"],
  ["530000", "云南省"], ["540000", "西藏自治区"], ["610000", "陕西省"], ["620000", "甘肃省"],
  ["630000", "青海省"], ["640000", "宁夏回族自治区"], ["650000", "新疆维吾尔自治区"],
  ["660000", "新疆生产建设兵团"],
].map(([code, name]) => ({ code, name }));

export const NATIONAL = "000000";
const unitByPrefix = new Map(REPORTING_UNITS.map((u) => [u.code.slice(0, 2), u]));

/**
 * The prefix a region code stands for: `440000` covers `44....`, `440300` covers `4403..`,
 * `000000` covers everything. Trailing zero pairs are what make a code a province or a city.
 */
export function regionPrefix(code: string): string {
  if (code === NATIONAL) return "";
  if (code.endsWith("0000")) return code.slice(0, 2);
  if (code.endsWith("00")) return code.slice(0, 4);
  return code;
}

/** Whether a caller or report for `scope` covers the record's `region`. */
export const covers = (scope: string, region: string): boolean => region.startsWith(regionPrefix(scope));

/** Well-formed GB/T 2260 shape inside a known reporting unit (national `000000` only where allowed). */
export function isRegion(code: unknown, opts: { allowNational?: boolean } = {}): code is string {
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return false;
  if (code === NATIONAL) return !!opts.allowNational;
  if (!unitByPrefix.has(code.slice(0, 2))) return false;
  // a county (last pair non-zero) must sit inside a city or a directly administered area
  return !(code.slice(2, 4) === "00" && code.slice(4) !== "00");
}

export function assertRegion(code: string, field: string, opts: { allowNational?: boolean } = {}): string {
  if (!isRegion(code, opts)) throw badInput(field, `unknown region code ${JSON.stringify(code)} (6-digit GB/T 2260 code inside one of the 32 reporting units)`);
  return code;
}

/** The reporting unit (province-level) a region belongs to. */
export const reportingUnitOf = (code: string) => unitByPrefix.get(code.slice(0, 2));

export function regionName(code: string): string {
  if (code === NATIONAL) return "全国";
  const unit = reportingUnitOf(code);
  if (!unit) return code;
  return code === unit.code ? unit.name : `${unit.name} ${code}`;
}
