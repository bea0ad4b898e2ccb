"""files/xlsxwriter-1904.xlsx and files/xlsxwriter-table.xlsx, written by XlsxWriter (run with /usr/bin/python3).

xlsxwriter-1904.xlsx: the tracker in a workbook using the 1904 date system (dates are serials counted from
1904-01-01), rich-text shared strings (write_rich_string), booleans, a cached formula in a data cell and in the
total row, a hidden row and column, an issuer merged down over two rows, comments, a list validation, frozen panes
and a sign-off row spread over three cells.

xlsxwriter-table.xlsx: a hidden archived tracker first, then 600 generated rows as an Excel table (ListObject) with
a total row (SUBTOTAL with its cached value), under a merged title.
"""
import datetime as dt
import os
import sys
from decimal import Decimal

import xlsxwriter

import model

M = model.expanded()
H = M["headers"]
COLUMNS = ["seq", "id", "name", "type", "field", "issuer", "uscc", "issuerKind", "issuerLocation", "paysTax", "solvers",
           "solverLocations", "agreement", "signedOn", "investment", "major", "caseAmount", "caseRef", "remark"]
COL = {key: i for i, key in enumerate(COLUMNS)}


def col_letter(i):
    return xlsxwriter.utility.xl_col_to_name(i)


def archive_sheet(wb, name, tracker):
    ws = wb.add_worksheet(name)
    heads = [H[k] for k in ("id", "name", "type", "issuer", "issuerKind", "issuerLocation", "paysTax", "solvers", "agreement", "signedOn", "investment", "major")]
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.merge_range(0, 0, 0, len(heads) - 1, tracker["title"])
    ws.write_row(1, 0, heads)
    for r, row in enumerate(tracker["rows"], 2):
        ws.write_row(r, 0, [row["id"], row["name"], row["type"], row["issuer"], row["issuerKind"], row["issuerLocation"], row["paysTax"], "、".join(row["solvers"]), row["agreement"]])
        if row["signedOn"]:
            ws.write_datetime(r, 9, dt.datetime.fromisoformat(row["signedOn"]), date)
        if row["investmentWan"]:
            ws.write_number(r, 10, model.number(row["investmentWan"]))
        ws.write_string(r, 11, row["major"])
    ws.hide()
    return ws


def write_1904(build):
    file = "xlsxwriter-1904.xlsx"
    spec = model.file_spec(M, file)
    wb = xlsxwriter.Workbook(os.path.join(model.OUT, "files", file), {"date_1904": True})
    wb.set_properties({"author": "张某", "company": "内蒙古自治区科学技术厅", "created": dt.datetime(2022, 2, 10, 9, 0, 0)})
    title = wb.add_format({"bold": True, "font_size": 16, "align": "center"})
    head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "border": 1})
    red = wb.add_format({"font_color": "red", "bold": True})
    bold = wb.add_format({"bold": True})
    money = wb.add_format({"num_format": "#,##0.00"})
    wan = wb.add_format({"num_format": '0.00"万元"'})
    iso = wb.add_format({"num_format": "yyyy-mm-dd"})
    chinese = wb.add_format({"num_format": 'yyyy"年"m"月"d"日"'})
    wrap = wb.add_format({"text_wrap": True})
    merged = wb.add_format({"valign": "vcenter"})
    layout = {}
    sheet = spec["sheets"][0]
    tracker = M["trackers"][sheet["tracker"]]
    ws = wb.add_worksheet(sheet["name"])
    last = len(COLUMNS) - 1
    ws.merge_range(0, 0, 0, last, tracker["title"], title)
    ws.merge_range(1, 0, 1, last, tracker["subtitle"])
    header = 2
    for key in COLUMNS:
        c = COL[key]
        if key == "investment":
            # A partly formatted header: the unit in red.
            ws.write_rich_string(header, c, "研发投入总额", red, "（万元）", head)
        else:
            ws.write_string(header, c, H[key], head)
    rows = tracker["rows"]
    first = header + 1
    ids = {}
    merge_start = None
    numeric_sum = Decimal(0)
    for i, row in enumerate(rows):
        r = first + i
        ids[row["id"]] = r + 1
        show = row["show"]
        ws.write_number(r, COL["seq"], i + 1)
        for key in ("id", "name", "type", "field"):
            ws.write_string(r, COL[key], row[key])
        issuer_cells = [("issuer", row["issuer"]), ("uscc", row["uscc"]), ("issuerKind", row["issuerKind"]), ("issuerLocation", row["issuerLocation"]), ("paysTax", row["paysTax"])]
        if show.get("mergeIssuerWithNext"):
            merge_start = (r, issuer_cells)
        elif merge_start is not None:
            start, cells = merge_start
            for key, value in cells:
                ws.merge_range(start, COL[key], r, COL[key], value, merged)
            merge_start = None
        else:
            for key, value in issuer_cells:
                if key == "issuer" and show.get("issuerRich"):
                    parts = []
                    for text, is_bold in show["issuerRich"]:
                        parts += [bold, text] if is_bold else [text]
                    ws.write_rich_string(r, COL[key], *parts)
                else:
                    ws.write_string(r, COL[key], value)
        if row["solvers"]:
            fmt = wrap if show.get("lineBreakSolvers") else None
            ws.write_string(r, COL["solvers"], model.display_solvers(row), fmt)
            ws.write_string(r, COL["solverLocations"], model.display_solver_locations(row), fmt)
        ws.write_string(r, COL["agreement"], row["agreement"])
        if show.get("signedOnText"):
            ws.write_string(r, COL["signedOn"], show["signedOnText"])
        elif row["signedOn"]:
            ws.write_datetime(r, COL["signedOn"], dt.datetime.fromisoformat(row["signedOn"]), chinese if i % 2 else iso)
        if row["investmentWan"] is not None:
            if show.get("investmentText"):
                ws.write_string(r, COL["investment"], show["investmentText"])
            elif show.get("investmentFormula"):
                ws.write_formula(r, COL["investment"], "=" + show["investmentFormula"], money, model.number(row["investmentWan"]))
                numeric_sum += Decimal(row["investmentWan"])
            else:
                ws.write_number(r, COL["investment"], model.number(row["investmentWan"]), wan if show.get("wanFormat") else money)
                numeric_sum += Decimal(row["investmentWan"])
        ws.write_boolean(r, COL["major"], row["major"] == "是")
        if row.get("caseAmountWan"):
            ws.write_number(r, COL["caseAmount"], model.number(row["caseAmountWan"]), money)
        if row.get("caseRef"):
            ws.write_string(r, COL["caseRef"], row["caseRef"])
        if row.get("remark"):
            ws.write_string(r, COL["remark"], row["remark"])
        if show.get("comment"):
            ws.write_comment(r, COL["issuer"], show["comment"], {"author": "张某"})
        if show.get("hidden"):
            ws.set_row(r, None, None, {"hidden": True})
    end = first + len(rows) - 1
    total = end + 2
    inv = col_letter(COL["investment"])
    ws.write_string(total, COL["id"], "合计")
    # Excel's SUM skips the amount written as text ("1,200"): the cached value is what Excel shows.
    ws.write_formula(total, COL["investment"], f"=SUM({inv}{first + 1}:{inv}{end + 1})", money, float(numeric_sum))
    parts = M["signOff"]["parts"]
    ws.write_string(total + 1, 0, parts[0])
    ws.write_string(total + 1, 5, parts[1])
    ws.write_string(total + 1, 10, parts[2])
    ws.write_string(total + 2, 0, M["signOff"]["note"])
    ws.data_validation(first, COL["agreement"], end, COL["agreement"], {"validate": "list", "source": ["已签约", "达成合作意向", "洽谈中", "未揭榜"]})
    ws.write_comment(header, COL["agreement"], "已签约 / 达成合作意向 / 洽谈中 / 未揭榜", {"author": "李某"})
    ws.freeze_panes(first, 2)
    ws.set_column(COL["name"], COL["name"], 30)
    ws.set_column(COL["issuer"], COL["issuer"], 32)
    ws.set_column(COL["uscc"], COL["uscc"], 22, None, {"hidden": True})
    ws.set_column(COL["solvers"], COL["solvers"], 34)
    layout[sheet["name"]] = {"tracker": sheet["tracker"], "headerRow": header + 1, "rows": ids}
    wb.close()
    model.write_layout(build, file, layout)


TABLE_COLUMNS = ["seq", "id", "name", "type", "field", "issuer", "issuerKind", "issuerLocation", "paysTax", "solvers",
                 "solverLocations", "agreement", "signedOn", "investment", "major", "caseAmount", "caseRef", "remark"]


def write_table(build):
    file = "xlsxwriter-table.xlsx"
    spec = model.file_spec(M, file)
    wb = xlsxwriter.Workbook(os.path.join(model.OUT, "files", file))
    wb.set_properties({"author": "李某", "created": dt.datetime(2022, 7, 1, 9, 0, 0)})
    title = wb.add_format({"bold": True, "font_size": 16, "align": "center"})
    iso = wb.add_format({"num_format": "yyyy-mm-dd"})
    money = wb.add_format({"num_format": "#,##0.00"})
    layout = {}
    for sheet in spec["sheets"]:
        tracker = M["trackers"][sheet["tracker"]]
        if tracker.get("archived"):
            archive_sheet(wb, sheet["name"], tracker)
            continue
        ws = wb.add_worksheet(sheet["name"])
        ws.activate()
        rows = tracker["rows"]
        ws.merge_range(0, 0, 0, len(TABLE_COLUMNS) - 1, tracker["title"], title)
        data = []
        ids = {}
        total = Decimal(0)
        for i, row in enumerate(rows):
            ids[row["id"]] = 3 + i
            values = {"seq": i + 1, "id": row["id"], "name": row["name"], "type": row["type"], "field": row["field"], "issuer": row["issuer"],
                      "issuerKind": row["issuerKind"], "issuerLocation": row["issuerLocation"], "paysTax": row["paysTax"],
                      "solvers": "、".join(row["solvers"]) or None, "solverLocations": "、".join(row["solverLocations"]) or None,
                      "agreement": row["agreement"], "signedOn": dt.datetime.fromisoformat(row["signedOn"]) if row["signedOn"] else None,
                      "investment": model.number(row["investmentWan"]) if row["investmentWan"] else None, "major": row["major"],
                      "caseAmount": model.number(row["caseAmountWan"]) if row.get("caseAmountWan") else None,
                      "caseRef": row.get("caseRef"), "remark": row.get("remark")}
            if row["investmentWan"]:
                total += Decimal(row["investmentWan"])
            data.append([values[k] for k in TABLE_COLUMNS])
        columns = []
        for key in TABLE_COLUMNS:
            col = {"header": H[key]}
            if key == "seq":
                col["total_string"] = "合计"
            if key == "signedOn":
                col["format"] = iso
            if key in ("investment", "caseAmount"):
                col["format"] = money
            if key == "investment":
                col.update({"total_function": "sum", "total_value": float(total)})
            columns.append(col)
        last_row = 1 + len(rows) + 1  # header, rows, total row (0-based)
        ws.add_table(1, 0, last_row, len(TABLE_COLUMNS) - 1, {"name": "第三批项目", "columns": columns, "data": data, "total_row": True, "style": "Table Style Medium 9"})
        ws.freeze_panes(2, 2)
        ws.set_column(2, 2, 28)
        ws.set_column(5, 5, 40)
        ws.set_column(9, 9, 40)
        layout[sheet["name"]] = {"tracker": sheet["tracker"], "headerRow": 2, "rows": ids}
    wb.close()
    model.write_layout(build, file, layout)


if __name__ == "__main__":
    write_1904(sys.argv[1])
    write_table(sys.argv[1])
