"""files/openpyxl.xlsx, written by openpyxl (run with /usr/bin/python3; generate.sh passes the build directory).

Sheets: a hidden archived tracker first (2021年归档), the tracker 項目清單 (sheet name in Traditional script), and
成果转化类（附表） as an Excel table (ListObject). openpyxl stores shared strings and formulas WITHOUT cached results
(it cannot compute them), so the row whose investment is a formula is invalid here, and the total row's SUM has no value.
"""
import datetime as dt
import os
import sys

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook.properties import CalcProperties
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

import model

FILE = "openpyxl.xlsx"
M = model.expanded()
H = M["headers"]
SPEC = model.file_spec(M, FILE)
layout = {}


def archive_sheet(wb, name, tracker):
    ws = wb.create_sheet(name)
    ws.sheet_state = "hidden"
    heads = [H[k] for k in ("id", "name", "type", "issuer", "issuerKind", "issuerLocation", "paysTax", "solvers", "agreement", "signedOn", "investment", "major")]
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(heads))
    ws.cell(1, 1, tracker["title"])
    for c, h in enumerate(heads, 1):
        ws.cell(2, c, h)
    for r, row in enumerate(tracker["rows"], 3):
        values = [row["id"], row["name"], row["type"], row["issuer"], row["issuerKind"], row["issuerLocation"], row["paysTax"],
                  "、".join(row["solvers"]) or None, row["agreement"], model.iso(row["signedOn"]) if row["signedOn"] else None,
                  model.number(row["investmentWan"]) if row["investmentWan"] else None, row["major"]]
        for c, v in enumerate(values, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"


# The tracker's columns: a header over two rows, group labels merged across their sub-labels.
COLUMNS = [
    # (key, top label, sub label or None for a label merged down over both rows)
    ("seq", "序号", None),
    ("id", "项目编号", None),
    ("name", "项目名称", None),
    ("type", "项目类型", None),
    ("field", "技术领域", None),
    ("issuer", "发榜单位", "名称"),
    ("uscc", "发榜单位", "统一社会信用代码"),
    ("issuerKind", "发榜单位", "性质"),
    ("issuerLocation", "发榜单位", "所在地"),
    ("paysTax", "是否在区内纳税", None),
    ("solvers", "揭榜单位", "名称"),
    ("solverLocations", "揭榜单位", "所在地"),
    ("agreement", "合作状态", None),
    ("signedOn", "签约日期", None),
    ("investment", "研发投入（万元）", "总额"),
    ("selfFunded", "研发投入（万元）", "其中：企业自筹"),
    ("major", "是否特别重大", None),
    ("caseAmount", "一事一议", "核定金额（万元）"),
    ("caseRef", "一事一议", "批复文号"),
    ("estimate", "测算补助（万元）", None),
    ("remark", "备注", None),
]
COL = {key: i + 1 for i, (key, _, _) in enumerate(COLUMNS)}
L = {key: get_column_letter(i) for key, i in COL.items()}


def tracker_sheet(wb, name, tracker):
    ws = wb.create_sheet(name)
    last = len(COLUMNS)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.cell(1, 1, tracker["title"]).font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    ws.cell(2, 1, tracker["subtitle"])
    top, sub = 3, 4
    c = 1
    while c <= last:
        key, label, below = COLUMNS[c - 1]
        if below is None:
            ws.merge_cells(start_row=top, start_column=c, end_row=sub, end_column=c)
            ws.cell(top, c, label)
            c += 1
            continue
        span = 1
        while c + span <= last and COLUMNS[c + span - 1][1] == label and COLUMNS[c + span - 1][2] is not None:
            span += 1
        ws.merge_cells(start_row=top, start_column=c, end_row=top, end_column=c + span - 1)
        ws.cell(top, c, label)
        for k in range(span):
            ws.cell(sub, c + k, COLUMNS[c + k - 1][2])
        c += span
    for r in (top, sub):
        for col in range(1, last + 1):
            ws.cell(r, col).font = Font(bold=True)
            ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    rows = tracker["rows"]
    first = sub + 1
    ids = {}
    merged_from = None
    for i, row in enumerate(rows):
        r = first + i
        ids[row["id"]] = r
        show = row["show"]
        put = lambda key, value: ws.cell(r, COL[key], value)
        put("seq", i + 1)
        put("id", row["id"])
        put("name", row["name"])
        put("type", row["type"])
        put("field", row["field"])
        if merged_from is None:
            put("issuer", row["issuer"])
            put("uscc", row["uscc"])
            put("issuerKind", row["issuerKind"])
            # Traditional script in a cell reads as the Simplified (README): 烏蘭察布市 is 乌兰察布市.
            put("issuerLocation", "烏蘭察布市" if row["id"] == "JB-2022-204" else row["issuerLocation"])
            put("paysTax", row["paysTax"])
        if show.get("mergeIssuerWithNext"):
            merged_from = r
        elif merged_from is not None:
            for key in ("issuer", "uscc", "issuerKind", "issuerLocation", "paysTax"):
                ws.merge_cells(start_row=merged_from, start_column=COL[key], end_row=r, end_column=COL[key])
            merged_from = None
        put("solvers", model.display_solvers(row) or None)
        put("solverLocations", model.display_solver_locations(row) or None)
        if show.get("lineBreakSolvers"):
            ws.cell(r, COL["solvers"]).alignment = Alignment(wrap_text=True)
            ws.cell(r, COL["solverLocations"]).alignment = Alignment(wrap_text=True)
        put("agreement", "已簽約" if row["id"] == "JB-2022-204" else row["agreement"])
        if show.get("signedOnText"):
            put("signedOn", show["signedOnText"])
        elif row["signedOn"]:
            put("signedOn", model.iso(row["signedOn"])).number_format = "yyyy-mm-dd"
        if row["investmentWan"] is not None:
            if show.get("investmentText"):
                put("investment", show["investmentText"])
            elif show.get("investmentFormula"):
                put("investment", "=" + show["investmentFormula"]).number_format = "#,##0.00"
            else:
                put("investment", model.number(row["investmentWan"])).number_format = '0.00"万元"' if show.get("wanFormat") else "#,##0.00"
            put("selfFunded", f"={L['investment']}{r}*0.6").number_format = "#,##0.00"
            put("estimate", f'=IF({L["type"]}{r}="技术攻关类",MIN({L["investment"]}{r}*0.3,1000),MIN({L["investment"]}{r}*0.3,500))').number_format = "#,##0.00"
        # Booleans: 是否特别重大 as TRUE/FALSE cells.
        put("major", row["major"] == "是")
        if row.get("caseAmountWan"):
            put("caseAmount", model.number(row["caseAmountWan"])).number_format = "#,##0.00"
        if row.get("caseRef"):
            put("caseRef", row["caseRef"])
        if row.get("remark"):
            put("remark", row["remark"])
        if show.get("comment"):
            ws.cell(r, COL["issuer"]).comment = Comment(show["comment"], "张某")
        if show.get("hidden"):
            ws.row_dimensions[r].hidden = True
    end = first + len(rows) - 1
    total = end + 2
    ws.cell(total, COL["id"], "合计")
    ws.cell(total, COL["investment"], f"=SUM({L['investment']}{first}:{L['investment']}{end})").number_format = "#,##0.00"
    ws.cell(total, COL["estimate"], f"=SUM({L['estimate']}{first}:{L['estimate']}{end})").number_format = "#,##0.00"
    sign = total + 1
    ws.merge_cells(start_row=sign, start_column=1, end_row=sign, end_column=last)
    ws.cell(sign, 1, M["signOff"]["line"])
    note = sign + 1
    ws.merge_cells(start_row=note, start_column=1, end_row=note, end_column=last)
    ws.cell(note, 1, M["signOff"]["note"])

    dv = DataValidation(type="list", formula1='"已签约,达成合作意向,洽谈中,未揭榜"', allow_blank=True, showErrorMessage=True)
    dv.add(f"{L['agreement']}{first}:{L['agreement']}{end}")
    ws.add_data_validation(dv)
    ws.cell(top, COL["agreement"]).comment = Comment("已签约 / 达成合作意向 / 洽谈中 / 未揭榜", "李某")
    ws.freeze_panes = f"{L['name']}{first}"
    ws.column_dimensions[L["issuerKind"]].hidden = True
    for key, width in (("name", 30), ("issuer", 32), ("uscc", 22), ("solvers", 34), ("solverLocations", 24), ("caseRef", 20)):
        ws.column_dimensions[L[key]].width = width
    layout[name] = {"tracker": None, "headerRow": sub, "rows": ids}


ANNEX = ["id", "name", "type", "issuer", "issuerKind", "issuerLocation", "paysTax", "solvers", "solverLocations", "agreement", "signedOn", "investment", "major", "caseAmount", "caseRef"]
ANNEX_HEADERS = {**H, "issuerLocation": "发榜单位所在地"}


def annex_sheet(wb, name, tracker):
    ws = wb.create_sheet(name)
    for c, key in enumerate(ANNEX, 1):
        ws.cell(1, c, ANNEX_HEADERS[key])
    ids = {}
    for i, row in enumerate(tracker["rows"]):
        r = 2 + i
        ids[row["id"]] = r
        values = {"id": row["id"], "name": row["name"], "type": row["type"], "issuer": row["issuer"], "issuerKind": row["issuerKind"],
                  "issuerLocation": row["issuerLocation"], "paysTax": row["paysTax"], "solvers": "、".join(row["solvers"]) or None,
                  "solverLocations": "、".join(row["solverLocations"]) or None, "agreement": row["agreement"],
                  "signedOn": model.iso(row["signedOn"]) if row["signedOn"] else None,
                  "investment": model.number(row["investmentWan"]) if row["investmentWan"] else None, "major": row["major"],
                  "caseAmount": model.number(row["caseAmountWan"]) if row.get("caseAmountWan") else None, "caseRef": row.get("caseRef")}
        for c, key in enumerate(ANNEX, 1):
            cell = ws.cell(r, c, values[key])
            if key == "signedOn" and values[key]:
                cell.number_format = "yyyy-mm-dd"
    ref = f"A1:{get_column_letter(len(ANNEX))}{1 + len(tracker['rows'])}"
    table = Table(displayName="成果转化附表", ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    layout[name] = {"tracker": None, "headerRow": 1, "rows": ids}


def main(build):
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in SPEC["sheets"]:
        tracker = M["trackers"][sheet["tracker"]]
        if tracker.get("archived"):
            archive_sheet(wb, sheet["name"], tracker)
        elif sheet["tracker"] == "annex-transformation":
            annex_sheet(wb, sheet["name"], tracker)
        else:
            tracker_sheet(wb, sheet["name"], tracker)
        if sheet["name"] in layout:
            layout[sheet["name"]]["tracker"] = sheet["tracker"]
    wb.active = 1
    wb.calculation = CalcProperties(fullCalcOnLoad=True)
    wb.properties.creator = "张某"
    wb.properties.created = wb.properties.modified = dt.datetime(2022, 2, 10, 9, 0, 0)
    wb.save(os.path.join(model.OUT, "files", FILE))
    model.write_layout(build, FILE, layout)


if __name__ == "__main__":
    main(sys.argv[1])
