import { REPORTING_UNITS } from "../regions";
import type { Random } from "./random";

export interface City {
  /** GB/T 2260 code of a prefecture-level city (or a district of a municipality). */
  code: string;
  name: string;
  /** The customs port (口岸海关) in the city, if it has one. */
  port?: string;
}

export interface Unit {
  code: string;
  name: string;
  /** The one-character abbreviation courts use in case numbers (粤, 沪, …). */
  abbr: string;
  /** Relative volume of enforcement: coastal, export-heavy provinces see most foreign-invested right holders. */
  weight: number;
  /** The capital first, then one to three other prefecture codes. */
  cities: City[];
}

/** [abbr, weight, [code, name, port?]…] per reporting unit, in REPORTING_UNITS order. */
const TABLE: Record<string, [string, number, Array<[string, string, string?]>]> = {
  "110000": ["京", 6, [["110105", "北京市朝阳区", "北京首都机场海关"], ["110108", "北京市海淀区"], ["110102", "北京市西城区"]]],
  "120000": ["津", 2, [["120101", "天津市和平区"], ["120116", "天津市滨海新区", "天津新港海关"]]],
  "130000": ["冀", 2, [["130100", "石家庄市", "石家庄海关"], ["130600", "保定市"], ["131000", "廊坊市"]]],
  "140000": ["晋", 1, [["140100", "太原市", "太原海关"], ["140200", "大同市"]]],
  "150000": ["蒙", 1, [["150100", "呼和浩特市", "呼和浩特海关"], ["150700", "呼伦贝尔市", "满洲里海关"]]],
  "210000": ["辽", 2, [["210100", "沈阳市", "沈阳海关"], ["210200", "大连市", "大连海关"], ["210600", "丹东市"]]],
  "220000": ["吉", 1, [["220100", "长春市", "长春海关"], ["220200", "吉林市"]]],
  "230000": ["黑", 1, [["230100", "哈尔滨市", "哈尔滨海关"], ["231000", "牡丹江市", "绥芬河海关"]]],
  "310000": ["沪", 7, [["310115", "上海市浦东新区", "浦东机场海关"], ["310104", "上海市徐汇区"], ["310112", "上海市闵行区"], ["310101", "上海市黄浦区", "外港海关"]]],
  "320000": ["苏", 8, [["320100", "南京市", "南京海关"], ["320500", "苏州市", "苏州海关"], ["320200", "无锡市", "无锡海关"], ["320400", "常州市"]]],
  "330000": ["浙", 8, [["330100", "杭州市", "杭州海关"], ["330200", "宁波市", "宁波海关"], ["330700", "金华市", "义乌海关"], ["330300", "温州市", "温州海关"]]],
  "340000": ["皖", 2, [["340100", "合肥市", "合肥海关"], ["340200", "芜湖市"]]],
  "350000": ["闽", 5, [["350100", "福州市", "福州海关"], ["350200", "厦门市", "厦门海关"], ["350500", "泉州市", "泉州海关"], ["350300", "莆田市"]]],
  "360000": ["赣", 1, [["360100", "南昌市", "南昌海关"], ["360700", "赣州市"]]],
  "370000": ["鲁", 5, [["370100", "济南市", "济南海关"], ["370200", "青岛市", "青岛海关"], ["370600", "烟台市", "烟台海关"], ["370700", "潍坊市"]]],
  "410000": ["豫", 2, [["410100", "郑州市", "郑州海关"], ["410300", "洛阳市"]]],
  "420000": ["鄂", 2, [["420100", "武汉市", "武汉海关"], ["420500", "宜昌市"]]],
  "430000": ["湘", 2, [["430100", "长沙市", "长沙海关"], ["430200", "株洲市"]]],
  "440000": ["粤", 10, [["440100", "广州市", "白云机场海关"], ["440300", "深圳市", "皇岗海关"], ["441900", "东莞市", "东莞海关"], ["440600", "佛山市"]]],
  "450000": ["桂", 1, [["450100", "南宁市", "南宁海关"], ["450600", "防城港市", "东兴海关"]]],
  "460000": ["琼", 1, [["460100", "海口市", "海口海关"], ["460200", "三亚市"]]],
  "500000": ["渝", 2, [["500103", "重庆市渝中区"], ["500112", "重庆市渝北区", "重庆江北机场海关"]]],
  "510000": ["川", 2, [["510100", "成都市", "成都海关"], ["510700", "绵阳市"]]],
  "520000": ["黔", 1, [["520100", "贵阳市", "贵阳海关"], ["520300", "遵义市"]]],
  "530000": ["云", 1, [["530100", "昆明市", "昆明海关"], ["533100", "德宏傣族景颇族自治州", "瑞丽海关"]]],
  "540000": ["藏", 0.4, [["540100", "拉萨市", "拉萨海关"]]],
  "610000": ["陕", 2, [["610100", "西安市", "西安海关"], ["610400", "咸阳市"]]],
  "620000": ["甘", 1, [["620100", "兰州市", "兰州海关"], ["620500", "天水市"]]],
  "630000": ["青", 0.4, [["630100", "西宁市", "西宁海关"]]],
  "640000": ["宁", 0.4, [["640100", "银川市", "银川海关"]]],
  "650000": ["新", 1, [["650100", "乌鲁木齐市", "乌鲁木齐海关"], ["654000", "伊犁哈萨克自治州", "霍尔果斯海关"]]],
  // the Corps' divisions have no GB/T 2260 codes of their own; the platform gives the Corps prefix 66
  "660000": ["兵", 0.4, [["660000", "新疆生产建设兵团"], ["660800", "兵团第八师"]]],
};

export const UNITS: readonly Unit[] = REPORTING_UNITS.map(({ code, name }) => {
  const [abbr, weight, cities] = TABLE[code];
  return { code, name, abbr, weight, cities: cities.map(([c, n, port]) => ({ code: c, name: n, ...(port ? { port } : {}) })) };
});

export const TOTAL_WEIGHT = UNITS.reduce((s, u) => s + u.weight, 0);
const UNIT_BY_PREFIX = new Map(UNITS.map((u) => [u.code.slice(0, 2), u]));
export const unitOf = (region: string) => UNIT_BY_PREFIX.get(region.slice(0, 2))!;
const CITY_BY_CODE = new Map(UNITS.flatMap((u) => u.cities.map((c) => [c.code, c] as const)));
export const cityOf = (region: string) => CITY_BY_CODE.get(region)!;

/** A city of the unit: the capital gets the most cases. */
export const pickCity = (rnd: Random, unit: Unit): City => rnd.weighted(unit.cities.map((c, i) => [c, i === 0 ? 3 : 2] as const));

/** A unit by weight: where a nationally active right holder or a migrant suspect comes from. */
export const pickUnit = (rnd: Random): Unit => rnd.weighted(UNITS.map((u) => [u, u.weight] as const));

/** The city's short name for document numbers: 深圳市 → 深圳, 上海市浦东新区 → 浦东新区. */
export const shortName = (city: City) => city.name.replace(/^(北京市|天津市|上海市|重庆市)/, "").replace(/市$/, "");

/** How enterprise names start: the city, or for a district of a municipality the municipality (北京, 上海). */
export const placeName = (city: City) => (/^(11|12|31|50)/.test(city.code) ? city.name.slice(0, 2) : shortName(city));
