/**
 * The 12 league cities (盟市) of the Inner Mongolia Autonomous Region with the
 * names a place cell may use for them or for a county-level city inside them.
 * Names are matched after normalisation (Simplified script, lower case), so
 * 鄂爾多斯 and Ordos both find 鄂尔多斯市.
 */
export const LEAGUE_CITIES: ReadonlyArray<{ name: string; en: string; names: readonly string[] }> = [
  { name: "呼和浩特市", en: "Hohhot", names: ["呼和浩特", "hohhot", "huhhot"] },
  { name: "包头市", en: "Baotou", names: ["包头", "baotou"] },
  { name: "呼伦贝尔市", en: "Hulunbuir", names: ["呼伦贝尔", "hulunbuir", "hulunbeier", "满洲里", "manzhouli", "扎兰屯", "牙克石", "根河", "额尔古纳"] },
  { name: "兴安盟", en: "Hinggan League", names: ["兴安盟", "hinggan", "xing'anleague", "xinganleague", "乌兰浩特", "ulanhot", "阿尔山"] },
  { name: "通辽市", en: "Tongliao", names: ["通辽", "tongliao", "霍林郭勒"] },
  { name: "赤峰市", en: "Chifeng", names: ["赤峰", "chifeng"] },
  { name: "锡林郭勒盟", en: "Xilingol League", names: ["锡林郭勒", "xilingol", "xilinguole", "锡林浩特", "二连浩特", "erenhot"] },
  { name: "乌兰察布市", en: "Ulanqab", names: ["乌兰察布", "ulanqab", "wulanchabu", "丰镇"] },
  { name: "鄂尔多斯市", en: "Ordos", names: ["鄂尔多斯", "ordos", "eerduosi"] },
  { name: "巴彦淖尔市", en: "Bayannur", names: ["巴彦淖尔", "bayannur", "bayannaoer"] },
  { name: "乌海市", en: "Wuhai", names: ["乌海", "wuhai"] },
  { name: "阿拉善盟", en: "Alxa League", names: ["阿拉善", "alxa", "alashan"] },
];

