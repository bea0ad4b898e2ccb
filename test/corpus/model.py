"""The corpus's data model: trackers.json expanded into concrete rows, and the rule that decides them.

Used by every writer script (run with /usr/bin/python3) and by expect.py. Nothing here runs jiebang:
the expected outcome of a row is worked out from the scheme's rule (《内蒙古自治区科技计划“揭榜挂帅”实施办法》):

- 技术攻关类: the issuer receives 30 % of total R&D investment, at most 10,000,000 yuan;
- 成果转化类: the lead (first) solver receives 30 %, at most 5,000,000 yuan;
- 特别重大: the amount approved case by case, when both the amount and the approval reference are known
  (pending otherwise), to the recipient of its type;
- no cooperation agreement: unmatched; only in-region independent legal-person enterprises, or central-enterprise
  branches paying tax in the region, may post a list (ineligible otherwise);
- and README's order of statuses: invalid (unreadable identity) > unmatched > invalid (no investment, no solver,
  a formula without a cached result) > ineligible > pending > funded; the percentage rounded half up to the fen, then the cap.

    /usr/bin/python3 model.py expand OUT.json   # the expanded model, for the node writers
    /usr/bin/python3 model.py check             # hand-written expectations against the rule
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
# Where files/ and expected.json are written: this folder, or JIEBANG_CORPUS_OUT (the test that regenerates the corpus).
OUT = os.environ.get("JIEBANG_CORPUS_OUT", HERE)
MODEL_PATH = os.path.join(HERE, "trackers.json")

# ---------------------------------------------------------------------------
# Unified social credit codes (GB 32100-2015), as test/cli/support.ts makes them.

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(area: str, serial: int) -> str:
    first17 = f"91{area}MA0{serial:05d}X"[:17]
    total = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_ALPHABET[(31 - total % 31) % 31]


# ---------------------------------------------------------------------------
# Places

LEAGUE_CITIES = [
    ("呼和浩特市", "150100"), ("包头市", "150200"), ("呼伦贝尔市", "150700"), ("兴安盟", "152200"),
    ("通辽市", "150500"), ("赤峰市", "150400"), ("锡林郭勒盟", "152500"), ("乌兰察布市", "150900"),
    ("鄂尔多斯市", "150600"), ("巴彦淖尔市", "150800"), ("乌海市", "150300"), ("阿拉善盟", "152900"),
]
REGION_WORDS = ["内蒙古", "呼和浩特", "包头", "呼伦贝尔", "兴安盟", "通辽", "赤峰", "锡林郭勒", "乌兰察布", "鄂尔多斯", "巴彦淖尔", "乌海", "阿拉善"]


def in_region(place: str | None) -> bool:
    return bool(place) and any(w in place for w in REGION_WORDS)


# ---------------------------------------------------------------------------
# The rule

MATCHED = {"已签约": True, "达成合作意向": True, "洽谈中": False, "未揭榜": False}
RATE = Decimal("0.3")
CAPS = {"技术攻关类": Decimal("10000000"), "成果转化类": Decimal("5000000")}
PACK_FROM = "2021-12-01"  # the pack's effective date; a row signed earlier has no pack in force


def yuan(wan: str) -> Decimal:
    return Decimal(wan) * 10000


def money(d: Decimal) -> str:
    return str(d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def decide(row: dict, caches_formulas: bool = True) -> dict:
    """status, recipientName and subsidyYuan of a row, as jiebang's JSON prints them."""
    none = lambda status: {"status": status, "recipientName": None, "subsidyYuan": "0.00"}
    if MATCHED[row["agreement"]] is False:
        return none("unmatched")
    formula_uncached = bool(row.get("show", {}).get("investmentFormula")) and not caches_formulas
    if row.get("investmentWan") is None or formula_uncached or not row["solvers"]:
        return none("invalid")
    if row.get("signedOn") and row["signedOn"] < PACK_FROM:
        return none("ineligible")
    kind = row["issuerKind"]
    eligible = (kind == "独立法人企业" and in_region(row["issuerLocation"])) or (kind == "中央企业分公司" and row["paysTax"] == "是")
    if not eligible:
        return none("ineligible")
    tech = row["type"] == "技术攻关类"
    recipient = row["issuer"] if tech else row["solvers"][0]
    if row.get("major") == "是":
        if row.get("caseAmountWan") and row.get("caseRef"):
            return {"status": "funded", "recipientName": recipient, "subsidyYuan": money(yuan(row["caseAmountWan"]))}
        return {"status": "pending", "recipientName": recipient, "subsidyYuan": "0.00"}
    formula = (RATE * yuan(row["investmentWan"])).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return {"status": "funded", "recipientName": recipient, "subsidyYuan": money(min(formula, CAPS[row["type"]]))}


def summary(rows: list[dict], decisions: list[dict]) -> dict:
    counts = {s: 0 for s in ("funded", "ineligible", "pending", "invalid", "unmatched")}
    investment = Decimal(0)
    subsidy = Decimal(0)
    for row, d in zip(rows, decisions):
        counts[d["status"]] += 1
        if d["status"] in ("funded", "ineligible", "pending"):
            investment += yuan(row["investmentWan"])
        if d["status"] == "funded":
            subsidy += Decimal(d["subsidyYuan"])
    return {"rows": len(rows), **counts, "investmentYuan": money(investment), "subsidyYuan": money(subsidy)}


# ---------------------------------------------------------------------------
# The generated tracker: a deterministic function of its seed and count.

class Lcg:
    """A 31-bit linear congruential generator: the same numbers on every machine and Python version."""

    def __init__(self, seed: int):
        self.state = seed & 0x7FFFFFFF

    def next(self) -> int:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 7

    def below(self, n: int) -> int:
        return self.next() % n

    def pick(self, items):
        return items[self.below(len(items))]


STEMS_A = ["蒙源", "草原", "大漠", "黄河", "阴山", "青城", "鹿城", "星火", "长青", "瀚海", "丰泽", "天骄", "朔方", "云中", "敕勒",
           "塞北", "河套", "科尔沁", "锡林", "额济纳", "大青山", "乌拉", "哈素", "嘎达", "那达慕", "白云", "金山", "银川", "牧歌", "驼铃",
           "雪原", "北疆", "响沙", "达茂", "固阳", "准格尔", "伊金", "杭锦", "磴口", "临河"]
STEMS_B = ["恒达", "华泰", "鑫盛", "瑞丰", "嘉远", "宏昌", "德润", "安康", "锦程", "兴业", "新元", "长盛", "聚能", "同创", "启明",
           "远航", "正阳", "博远", "中科", "泰和", "永信", "天成", "众合", "宝通", "汇金"]
INDUSTRIES = ["新材料", "稀土科技", "能源", "乳业", "种业", "化工", "装备制造", "生物科技", "环保科技", "信息技术", "农牧业", "光伏科技", "氢能科技", "煤化工"]
FIELDS = {"新材料": "新材料", "稀土科技": "新材料", "能源": "新能源", "乳业": "乳业", "种业": "种业", "化工": "煤炭清洁利用", "装备制造": "高端装备",
          "生物科技": "生物医药", "环保科技": "生态环保", "信息技术": "电子信息", "农牧业": "种业", "光伏科技": "新能源", "氢能科技": "新能源", "煤化工": "煤炭清洁利用"}
OUTSIDE = [("北京市", "110108"), ("上海市", "310115"), ("天津市", "120116"), ("河北省石家庄市", "130100"), ("山西省太原市", "140100"), ("陕西省西安市", "610100")]
SOLVERS = [
    ("清华大学", "北京市"), ("北京大学", "北京市"), ("浙江大学", "浙江省杭州市"), ("上海交通大学", "上海市"), ("西安交通大学", "陕西省西安市"),
    ("哈尔滨工业大学", "黑龙江省哈尔滨市"), ("华中科技大学", "湖北省武汉市"), ("中国科学院过程工程研究所", "北京市"),
    ("中国科学院大连化学物理研究所", "辽宁省大连市"), ("中国科学院长春应用化学研究所", "吉林省长春市"), ("东北大学", "辽宁省沈阳市"),
    ("北京科技大学", "北京市"), ("中国农业大学", "北京市"), ("西北农林科技大学", "陕西省杨凌示范区"), ("江南大学", "江苏省无锡市"),
    ("天津大学", "天津市"), ("大连理工大学", "辽宁省大连市"), ("中南大学", "湖南省长沙市"), ("四川大学", "四川省成都市"), ("山东大学", "山东省济南市"),
    ("内蒙古大学", "内蒙古呼和浩特市"), ("内蒙古工业大学", "内蒙古呼和浩特市"), ("内蒙古农业大学", "内蒙古呼和浩特市"),
    ("内蒙古科技大学", "内蒙古包头市"), ("包头稀土研究院", "内蒙古包头市"), ("内蒙古自治区农牧业科学院", "内蒙古呼和浩特市"),
    ("中国矿业大学", "江苏省徐州市"), ("太原理工大学", "山西省太原市"), ("兰州大学", "甘肃省兰州市"), ("吉林大学", "吉林省长春市"),
]
TOPICS = {
    "新材料": ["高性能稀土永磁材料", "稀土抛光粉", "碳化硅陶瓷", "高纯石墨", "铝基复合材料", "镁合金型材", "石墨烯导热膜"],
    "新能源": ["风光储一体化控制", "兆瓦级电解水制氢", "氢燃料电池电堆", "光伏组件回收", "风电叶片回收", "储能电池管理系统"],
    "乳业": ["乳清蛋白高值化", "益生菌发酵乳", "奶酪国产化工艺", "婴幼儿配方乳粉", "驼乳深加工"],
    "种业": ["肉羊高效繁育", "耐旱玉米品种", "马铃薯脱毒种薯", "优质牧草选育", "高油大豆品种", "绒山羊育种"],
    "煤炭清洁利用": ["煤制烯烃催化剂", "煤矸石综合利用", "褐煤提质", "煤焦油深加工", "二氧化碳捕集利用"],
    "高端装备": ["矿用智能掘进装备", "重载机器人关节", "特种车辆电驱系统"],
    "生物医药": ["蒙药制剂质量标准", "沙棘黄酮提取", "肉苁蓉有效成分"],
    "生态环保": ["荒漠化草原修复", "矿区生态修复", "工业固废资源化"],
    "电子信息": ["工业互联网平台", "智慧牧场物联网", "电网智能巡检"],
}
ACTIONS = ["关键技术", "制备技术攻关", "产业化", "成果转化", "工艺优化", "中试验证", "示范应用"]


def generated_rows(spec: dict) -> list[dict]:
    rng = Lcg(spec["seed"])
    used: set[str] = set()
    rows = []
    base = dt.date(2021, 12, 1)
    for i in range(spec["count"]):
        pid = f"{spec['idPrefix']}{spec['firstSerial'] + i:03d}"
        roll = rng.below(100)
        while True:
            city, area = rng.pick(LEAGUE_CITIES)
            stem_a, stem_b, industry = rng.pick(STEMS_A), rng.pick(STEMS_B), rng.pick(INDUSTRIES)
            if roll < 88:
                kind, location, pays = "独立法人企业", city, "是"
                issuer = f"{city}{stem_a}{stem_b}{industry}有限公司"
            elif roll < 93:
                location, area = rng.pick(OUTSIDE)
                kind, pays = "独立法人企业", "否"
                issuer = f"{location}{stem_a}{stem_b}{industry}有限公司"
            else:
                kind, location = "中央企业分公司", city
                pays = "否" if roll >= 98 else "是"
                issuer = f"中国{stem_b}{industry}集团有限公司{city.rstrip('市')}{stem_a}分公司"
            if issuer not in used:
                used.add(issuer)
                break
        field = FIELDS[industry]
        name = rng.pick(TOPICS[field]) + rng.pick(ACTIONS)
        ptype = "技术攻关类" if rng.below(100) < 60 else "成果转化类"
        state_roll = rng.below(100)
        agreement = "已签约" if state_roll < 70 else "达成合作意向" if state_roll < 80 else "洽谈中" if state_roll < 90 else "未揭榜"
        row = {"id": pid, "name": name, "type": ptype, "field": field, "issuer": issuer, "issuerArea": area, "issuerKind": kind,
               "issuerLocation": location, "paysTax": pays, "solvers": [], "solverLocations": [], "agreement": agreement,
               "signedOn": None, "investmentWan": None, "major": "否"}
        if MATCHED[agreement]:
            count = 1 + (rng.below(100) < 25) + (rng.below(100) < 8)
            picks: list[tuple[str, str]] = []
            while len(picks) < count:
                s = rng.pick(SOLVERS)
                if s not in picks:
                    picks.append(s)
            row["solvers"] = [s for s, _ in picks]
            row["solverLocations"] = [p for _, p in picks]
            row["signedOn"] = (base + dt.timedelta(days=rng.below(181))).isoformat()
            cents = 5000 + rng.below(595001)
            row["investmentWan"] = f"{cents // 100}.{cents % 100:02d}"
            if rng.below(100) < 3:
                row["major"] = "是"
                if rng.below(2) == 0:
                    row["caseAmountWan"] = str(500 + 100 * rng.below(26))
                    row["caseRef"] = f"内科发〔2022〕{20 + i}号"
        elif agreement == "洽谈中" and rng.below(2) == 0:
            row["remark"] = "继续对接"
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------

def load() -> dict:
    with open(MODEL_PATH, encoding="utf-8") as f:
        return json.load(f)


def expanded(model: dict | None = None) -> dict:
    """The model with every tracker's rows built and every issuer given a unified social credit code."""
    model = model or load()
    serial = 1200
    for key, tracker in model["trackers"].items():
        if "generate" in tracker:
            tracker["rows"] = generated_rows(tracker["generate"])
        for row in tracker["rows"]:
            serial += 1
            row.setdefault("show", {})
            row["uscc"] = uscc(row["issuerArea"], serial)
    return model


def check(model: dict) -> list[str]:
    """Every hand-written expectation must be what the rule gives."""
    problems = []
    for key, tracker in model["trackers"].items():
        for row in tracker["rows"]:
            for field, caches in (("expected", True), ("expectedUncached", False)):
                if field in row and row[field] != decide(row, caches):
                    problems.append(f"{key} {row['id']} {field}: written {row[field]}, the rule gives {decide(row, caches)}")
    return problems


def display_solvers(row: dict) -> str:
    sep = "\n" if row["show"].get("lineBreakSolvers") else "、"
    return sep.join(row["solvers"])


def display_solver_locations(row: dict) -> str:
    sep = "\n" if row["show"].get("lineBreakSolvers") else "、"
    return sep.join(row["solverLocations"])


def iso(date: str) -> dt.date:
    return dt.date.fromisoformat(date)


def number(wan: str) -> float | int:
    d = Decimal(wan)
    return int(d) if d == d.to_integral_value() else float(d)


def write_layout(build: str, file: str, layout: dict) -> None:
    """What a writer put where: {sheet: {tracker, headerRow, rows: {id: excelRow}}}."""
    with open(os.path.join(build, f"{file}.layout.json"), "w", encoding="utf-8") as f:
        json.dump(layout, f, ensure_ascii=False, indent=1)


def file_spec(model: dict, file: str) -> dict:
    return next(f for f in model["files"] if f["file"] == file)


if __name__ == "__main__":
    m = expanded()
    problems = check(m)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    if len(sys.argv) > 2 and sys.argv[1] == "expand":
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False)
    elif sys.argv[1:] != ["check"]:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
