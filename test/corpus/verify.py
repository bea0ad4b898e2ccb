"""An independent check of the corpus: every file read back with openpyxl (not with jiebang, not with exceljs),
every expected row found where expected.json says, holding what the model says. Run with /usr/bin/python3
(generate.sh runs it last):

    /usr/bin/python3 verify.py

It checks per run: the sheet exists and is visible, each hidden archive sheet is hidden, the header row, and for
each project row the id, type, issuer (through a merge), lead solver, agreement, signing date (in the file's own
date system), investment (number, text, or a formula's cached value: None when the writer stored none) and,
for rows the model hides, that the row is hidden; and that every row between the header and the total row is a project.
"""
import datetime as dt
import json
import os
import sys
from decimal import Decimal

import openpyxl

import model

M = model.expanded()
with open(os.path.join(model.OUT, "expected.json"), encoding="utf-8") as f:
    EXPECTED = json.load(f)

problems = []


def problem(text):
    problems.append(text)


def value(ws, row, col):
    """The value a person sees at (row, col): a cell covered by a merge shows its range's first cell."""
    cell = ws.cell(row, col)
    for rng in ws.merged_cells.ranges:
        if rng.min_row <= row <= rng.max_row and rng.min_col <= col <= rng.max_col:
            return ws.cell(rng.min_row, rng.min_col).value
    return cell.value


def labels(ws, header_row):
    """Column → header text (a two-row header read as group label + sub-label)."""
    out = {}
    for col in range(1, ws.max_column + 1):
        below = ws.cell(header_row, col).value
        above = value(ws, header_row - 1, col) if header_row > 1 else None
        covered = any(r.min_row == header_row - 1 and r.max_row == header_row and r.min_col <= col <= r.max_col for r in ws.merged_cells.ranges)
        text = str(above) if covered else "".join(str(v) for v in (above if below else None, below) if v)
        out[col] = text
    return out


def column(heads, *words, avoid=()):
    for col, text in heads.items():
        if all(w in text for w in words) and not any(a in text for a in avoid):
            return col
    raise KeyError(words)


def check_run(path, spec, run, wb, wb_formulas):
    ws = wb[run["sheet"]]
    where = f"{spec['file']} [{run['sheet']}]"
    if ws.sheet_state != "visible":
        problem(f"{where}: sheet is {ws.sheet_state}")
    for s in spec["sheets"]:
        if s.get("hidden") and wb[s["name"]].sheet_state != "hidden":
            problem(f"{spec['file']}: sheet {s['name']} is not hidden")
    heads = labels(ws, run["headerRow"])
    c_id = column(heads, "编号")
    c_type = column(heads, "项目类型")
    c_issuer = column(heads, "发榜单位", avoid=("性质", "所在", "代码", "纳税"))
    c_solver = column(heads, "揭榜单位", avoid=("所在",))
    c_agree = column(heads, "合作状态")
    c_signed = column(heads, "签约日期")
    c_inv = column(heads, "研发投入", avoid=("自筹",))
    rows = {r["id"]: r for r in M["trackers"][run["tracker"]]["rows"]}
    for pid, d in run["decisions"].items():
        r = rows[pid]
        n = d["row"]
        got = {k: value(ws, n, c) for k, c in (("id", c_id), ("type", c_type), ("issuer", c_issuer), ("solver", c_solver), ("agreement", c_agree), ("signed", c_signed), ("investment", c_inv))}
        if got["id"] != pid:
            problem(f"{where} row {n}: id {got['id']!r}, expected {pid}")
            continue
        if got["type"] != r["type"]:
            problem(f"{where} {pid}: type {got['type']!r}")
        if got["issuer"] != r["issuer"]:
            problem(f"{where} {pid}: issuer {got['issuer']!r}")
        lead = str(got["solver"] or "").replace("\n", "、").split("、")[0]
        if lead != (r["solvers"][0] if r["solvers"] else ""):
            problem(f"{where} {pid}: lead solver {lead!r}")
        if str(got["agreement"]).replace("簽", "签").replace("約", "约") != r["agreement"]:
            problem(f"{where} {pid}: agreement {got['agreement']!r}")
        show = r["show"]
        signed = got["signed"]
        if show.get("signedOnText"):
            if signed != show["signedOnText"]:
                problem(f"{where} {pid}: signing date {signed!r}")
        elif r["signedOn"]:
            if not isinstance(signed, dt.datetime) or signed.date().isoformat() != r["signedOn"]:
                problem(f"{where} {pid}: signing date {signed!r} (epoch {wb.epoch}), expected {r['signedOn']}")
        inv = got["investment"]
        formula = wb_formulas[run["sheet"]].cell(n, c_inv).value
        if r["investmentWan"] is None:
            if inv is not None:
                problem(f"{where} {pid}: investment {inv!r}, expected none")
        elif show.get("investmentText"):
            if inv != show["investmentText"]:
                problem(f"{where} {pid}: investment {inv!r}")
        elif show.get("investmentFormula") and spec["cachesFormulas"] is False:
            if inv is not None or not str(formula).startswith("="):
                problem(f"{where} {pid}: formula {formula!r} with cached {inv!r}, expected no cached value")
        else:
            if not isinstance(inv, (int, float)) or Decimal(repr(inv)) != Decimal(r["investmentWan"]):
                problem(f"{where} {pid}: investment {inv!r}, expected {r['investmentWan']}")
            if show.get("investmentFormula") and not str(formula).startswith("="):
                problem(f"{where} {pid}: no formula in {formula!r}")
        if show.get("hidden") and not ws.row_dimensions[n].hidden:
            problem(f"{where} {pid}: row {n} is not hidden")
    # Every row from the header to the last project row is a project row.
    numbers = sorted(d["row"] for d in run["decisions"].values())
    if numbers != list(range(run["headerRow"] + 1, run["headerRow"] + 1 + len(numbers))):
        problem(f"{where}: project rows are not contiguous below the header")
    if len(numbers) != run["rows"] or run["summary"]["rows"] != run["rows"]:
        problem(f"{where}: row counts disagree")


def main():
    for spec in M["files"]:
        path = os.path.join(model.OUT, "files", spec["file"])
        size = os.path.getsize(path)
        if size >= 300_000:
            problem(f"{spec['file']}: {size} bytes")
        wb = openpyxl.load_workbook(path, data_only=True)
        wb_formulas = openpyxl.load_workbook(path, data_only=False)
        for run in EXPECTED["files"][spec["file"]]["runs"]:
            check_run(path, spec, run, wb, wb_formulas)
        print(f"{spec['file']}: {size} bytes, sheets {wb.sheetnames}, epoch {wb.epoch.date()}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print("every corpus row holds what the model says")


if __name__ == "__main__":
    main()
