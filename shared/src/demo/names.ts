import type { Random } from "./random";

/** Foreign investors' trade names and home countries (ISO 3166-1 alpha-2). */
export const FOREIGN_BRANDS: ReadonlyArray<readonly [string, string]> = [
  ["莱茵", "DE"], ["巴伐", "DE"], ["樱花", "JP"], ["富岳", "JP"], ["枫叶", "CA"], ["橡树", "US"], ["金门", "US"], ["哈德逊", "US"],
  ["阿尔卑斯", "CH"], ["日内瓦", "CH"], ["塞纳", "FR"], ["普罗旺斯", "FR"], ["汉江", "KR"], ["济州", "KR"], ["泰晤士", "GB"],
  ["温莎", "GB"], ["郁金香", "NL"], ["北欧", "SE"], ["托斯卡纳", "IT"], ["米兰", "IT"], ["伊比利亚", "ES"], ["多瑙", "AT"],
  ["维京", "DK"], ["狮城", "SG"], ["维多利亚", "HK"], ["宝岛", "TW"], ["袋鼠", "AU"], ["毛利", "NZ"], ["雪绒", "FI"], ["佛兰德", "BE"],
];
const SYLLABLES = "鑫 盛 宏 达 华 美 金 利 顺 发 恒 泰 永 兴 瑞 祥 嘉 和 新 德 富 源 锦 隆 通 安 益 康 正 信 天 昊 卓 远 博 创 宇 辰 晟 鼎".split(" ");
/** Lines of business of right holders: the Nice class of their marks and the goods counterfeiters copy. */
export const TRADE_GOODS: Readonly<Record<string, readonly [number, string]>> = {
  电子: [9, "手机配件"], 精密机械: [7, "轴承"], 食品: [30, "奶粉"], 制药: [5, "药品"], 化妆品: [3, "化妆品"], 服饰: [25, "服装"],
  钟表: [14, "手表"], 汽车零部件: [12, "汽车配件"], 软件: [9, "软件光盘"], 家居: [20, "家具"], 体育用品: [28, "运动器材"],
  箱包: [18, "箱包"], 日化: [3, "洗护用品"], 医疗器械: [10, "医疗器械"], 种业: [31, "种子"], 农业科技: [31, "种子"], 种苗: [31, "种苗"],
  林木种苗: [31, "苗木"],
};
export const TRADES = Object.keys(TRADE_GOODS).slice(0, 14);
const DOMESTIC_TRADES = ["贸易", "商行", "电子科技", "服装", "包装", "五金", "日用品", "网络科技", "印务", "鞋业"];
export const SEED_TRADES = ["种业", "农业科技", "种苗", "林木种苗"];

/** A foreign-invested enterprise: `深圳莱茵精密机械有限公司`, `莱茵电子（中国）有限公司`. */
export function foreignName(rnd: Random, city: string, brand: string, trade: string) {
  return rnd.chance(0.4) ? `${brand}${trade}（中国）有限公司` : `${city}${brand}${trade}有限公司`;
}

/** A two-character trade name (字号) of a Chinese enterprise, e.g. 鑫盛. */
export const tradeName = (rnd: Random) => `${rnd.pick(SYLLABLES)}${rnd.pick(SYLLABLES)}`;

export function domesticName(rnd: Random, city: string, trades: readonly string[] = DOMESTIC_TRADES) {
  return `${city}${tradeName(rnd)}${rnd.pick(trades)}有限公司`;
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢".split("");
const GIVEN = [
  "伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "平", "刚", "辉", "鹏", "华",
  "秀英", "建华", "志强", "海燕", "晓东", "文杰", "建国", "丽娟", "俊杰", "国强", "志明", "春梅", "红霞", "家豪", "子涵", "浩然",
];
export const personName = (rnd: Random) => rnd.pick(SURNAMES) + rnd.pick(GIVEN);

/** Foreign suspects (without a resident ID): their nationality and a transliterated name. */
export const FOREIGN_SUSPECTS: ReadonlyArray<readonly [string, string]> = [
  ["VN", "阮文雄"], ["KR", "金成浩"], ["NG", "奥卢·阿德巴约"], ["PK", "阿里·汗"], ["MY", "林志强"], ["RU", "伊万·彼得罗夫"],
];
