"""BUILD/libreoffice-fods.fods: the tracker as flat OpenDocument XML, which generate.sh converts with LibreOffice
(soffice --headless --convert-to xlsx) into files/libreoffice-fods.xlsx. Run with /usr/bin/python3.

LibreOffice writes the .xlsx: shared strings (rich text from text:span as runs), formulas with cached results
(it recalculates on load), dates as serials with their formats, merged cells, hidden rows, columns and sheets,
comments and the list validation. Two things a headless conversion cannot carry, because it has no view: frozen
panes (the view settings are ignored), and a hidden FIRST sheet (the first sheet becomes the active one and is shown),
so the workbook opens with a visible instructions sheet, then the hidden archive, then the tracker.
"""
import os
import sys
from xml.sax.saxutils import escape, quoteattr

import model

M = model.expanded()
H = M["headers"]
FILE = "libreoffice-fods.xlsx"
SPEC = model.file_spec(M, FILE)

NS = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
}.items())

STYLES = """
 <office:styles>
  <style:style style:name="Default" style:family="table-cell"/>
 </office:styles>
 <office:automatic-styles>
  <number:date-style style:name="N_iso"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
  <number:date-style style:name="N_cn"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
  <number:number-style style:name="N_money"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:number-style style:name="N_wan"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>万元</number:text></number:number-style>
  <style:style style:name="ce_iso" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_iso"/>
  <style:style style:name="ce_cn" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_cn"/>
  <style:style style:name="ce_money" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_money"/>
  <style:style style:name="ce_wan" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_wan"/>
  <style:style style:name="ce_title" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties style:text-align-source="fix"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="ce_head" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle" style:text-align-source="fix"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="ce_wrap" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#c9211e"/></style:style>
  <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="ta_hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
  <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
  <style:style style:name="co_wide" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 </office:automatic-styles>
"""


def p(text):
    return "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))


def cell(value=None, *, style=None, span=None, rows=None, kind=None, formula=None, comment=None, validation=None, rich=None):
    attrs = []
    if style:
        attrs.append(f'table:style-name="{style}"')
    if span or rows:
        attrs.append(f'table:number-columns-spanned="{span or 1}" table:number-rows-spanned="{rows or 1}"')
    if validation:
        attrs.append(f'table:content-validation-name="{validation}"')
    if formula:
        attrs.append(f"table:formula={quoteattr('of:=' + formula)}")
    body = ""
    if comment:
        body += f"<office:annotation><dc:creator>张某</dc:creator><dc:date>2022-02-10T09:00:00</dc:date>{p(comment)}</office:annotation>"
    if rich is not None:
        runs = "".join(f'<text:span text:style-name="T1">{escape(t)}</text:span>' if b else escape(t) for t, b in rich)
        attrs.append('office:value-type="string"')
        body += f"<text:p>{runs}</text:p>"
    elif value is None:
        pass
    elif kind == "date":
        attrs.append(f'office:value-type="date" office:date-value="{value}"')
    elif kind == "boolean":
        attrs.append(f'office:value-type="boolean" office:boolean-value="{"true" if value else "false"}"')
        body += p("TRUE" if value else "FALSE")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        attrs.append(f'office:value-type="float" office:value="{value}"')
        body += p(str(value))
    else:
        attrs.append('office:value-type="string"')
        body += p(str(value))
    return f"<table:table-cell {' '.join(attrs)}>{body}</table:table-cell>"


COVERED = "<table:covered-table-cell/>"


def row_xml(cells, hidden=False):
    visibility = ' table:visibility="collapse"' if hidden else ""
    return f'<table:table-row{visibility}>{"".join(cells)}</table:table-row>'


def archive_table(name, tracker):
    heads = [H[k] for k in ("id", "name", "type", "issuer", "issuerKind", "issuerLocation", "paysTax", "solvers", "agreement", "signedOn", "investment", "major")]
    rows = [row_xml([cell(tracker["title"], span=len(heads))] + [COVERED] * (len(heads) - 1)), row_xml([cell(h) for h in heads])]
    for r in tracker["rows"]:
        rows.append(row_xml([cell(r["id"]), cell(r["name"]), cell(r["type"]), cell(r["issuer"]), cell(r["issuerKind"]), cell(r["issuerLocation"]),
                             cell(r["paysTax"]), cell("、".join(r["solvers"]) or None), cell(r["agreement"]),
                             cell(r["signedOn"], kind="date", style="ce_iso") if r["signedOn"] else cell(),
                             cell(model.number(r["investmentWan"])) if r["investmentWan"] else cell(), cell(r["major"])]))
    return f'<table:table table:name={quoteattr(name)} table:style-name="ta_hidden"><table:table-column table:number-columns-repeated="{len(heads)}" table:style-name="co1"/>{"".join(rows)}</table:table>'


COLUMNS = [
    ("seq", "序号", None), ("id", "项目编号", None), ("name", "项目名称", None), ("type", "项目类型", None), ("field", "技术领域", None),
    ("issuer", "发榜单位", "名称"), ("uscc", "发榜单位", "统一社会信用代码"), ("issuerKind", "发榜单位", "性质"), ("issuerLocation", "发榜单位", "所在地"),
    ("paysTax", "是否在区内纳税", None), ("solvers", "揭榜单位", "名称"), ("solverLocations", "揭榜单位", "所在地"),
    ("agreement", "合作状态", None), ("signedOn", "签约日期", None), ("investment", "研发投入总额（万元）", None), ("major", "是否特别重大", None),
    ("caseAmount", "一事一议", "核定金额（万元）"), ("caseRef", "一事一议", "批复文号"), ("remark", "备注", None),
]
COL = {key: i for i, (key, _, _) in enumerate(COLUMNS)}


def col_letter(i):
    return chr(ord("A") + i)


def tracker_table(name, tracker, layout):
    n = len(COLUMNS)
    out = [row_xml([cell(tracker["title"], style="ce_title", span=n)] + [COVERED] * (n - 1)),
           row_xml([cell(tracker["subtitle"], span=n)] + [COVERED] * (n - 1))]
    top, sub = [], []
    i = 0
    while i < n:
        key, label, below = COLUMNS[i]
        if below is None:
            comment = "已签约 / 达成合作意向 / 洽谈中 / 未揭榜" if key == "agreement" else None
            top.append(cell(label, style="ce_head", rows=2, comment=comment))
            sub.append(COVERED)
            i += 1
            continue
        span = 1
        while i + span < n and COLUMNS[i + span][1] == label and COLUMNS[i + span][2] is not None:
            span += 1
        top.append(cell(label, style="ce_head", span=span))
        top.extend([COVERED] * (span - 1))
        sub.extend(cell(COLUMNS[i + k][2], style="ce_head") for k in range(span))
        i += span
    out += [row_xml(top), row_xml(sub)]
    first = 5
    ids = {}
    rows = tracker["rows"]
    covered_next = False
    for i, r in enumerate(rows):
        excel_row = first + i
        ids[r["id"]] = excel_row
        show = r["show"]
        c = {}
        c["seq"] = cell(i + 1)
        for key in ("id", "name", "type", "field"):
            c[key] = cell(r[key])
        merge = 2 if show.get("mergeIssuerWithNext") else None
        if covered_next:
            for key in ("issuer", "uscc", "issuerKind", "issuerLocation", "paysTax"):
                c[key] = COVERED
            covered_next = False
        else:
            c["issuer"] = cell(rich=show["issuerRich"], rows=merge, comment=show.get("comment")) if show.get("issuerRich") else cell(r["issuer"], rows=merge, comment=show.get("comment"))
            c["uscc"] = cell(r["uscc"], rows=merge)
            c["issuerKind"] = cell(r["issuerKind"], rows=merge)
            c["issuerLocation"] = cell(r["issuerLocation"], rows=merge)
            c["paysTax"] = cell(r["paysTax"], rows=merge)
            covered_next = bool(merge)
        wrap = "ce_wrap" if show.get("lineBreakSolvers") else None
        c["solvers"] = cell(model.display_solvers(r) or None, style=wrap)
        c["solverLocations"] = cell(model.display_solver_locations(r) or None, style=wrap)
        c["agreement"] = cell(r["agreement"], validation="val_agreement")
        if show.get("signedOnText"):
            c["signedOn"] = cell(show["signedOnText"])
        elif r["signedOn"]:
            c["signedOn"] = cell(r["signedOn"], kind="date", style="ce_cn" if i % 2 else "ce_iso")
        else:
            c["signedOn"] = cell()
        if r["investmentWan"] is None:
            c["investment"] = cell()
        elif show.get("investmentText"):
            c["investment"] = cell(show["investmentText"])
        elif show.get("investmentFormula"):
            c["investment"] = cell(model.number(r["investmentWan"]), style="ce_money", formula=show["investmentFormula"])
        else:
            c["investment"] = cell(model.number(r["investmentWan"]), style="ce_wan" if show.get("wanFormat") else "ce_money")
        c["major"] = cell(r["major"])
        c["caseAmount"] = cell(model.number(r["caseAmountWan"]), style="ce_money") if r.get("caseAmountWan") else cell()
        c["caseRef"] = cell(r.get("caseRef"))
        c["remark"] = cell(r.get("remark"))
        out.append(row_xml([c[key] for key, _, _ in COLUMNS], hidden=bool(show.get("hidden"))))
    end = first + len(rows) - 1
    inv = col_letter(COL["investment"])
    numeric = sum(model.number(r["investmentWan"]) for r in rows if r["investmentWan"] and not r["show"].get("investmentText"))
    out.append(row_xml([cell()]))
    total = [cell() for _ in range(n)]
    total[COL["id"]] = cell("合计")
    total[COL["investment"]] = cell(numeric, style="ce_money", formula=f"SUM([.{inv}{first}:.{inv}{end}])")
    out.append(row_xml(total))
    out.append(row_xml([cell(M["signOff"]["line"], span=n)] + [COVERED] * (n - 1)))
    out.append(row_xml([cell(M["signOff"]["note"], span=n)] + [COVERED] * (n - 1)))
    columns = []
    for key, _, _ in COLUMNS:
        style = "co_wide" if key in ("name", "issuer", "solvers") else "co1"
        hidden = ' table:visibility="collapse"' if key == "uscc" else ""
        columns.append(f'<table:table-column table:style-name="{style}"{hidden}/>')
    layout[name] = {"tracker": None, "headerRow": 4, "rows": ids}
    return f'<table:table table:name={quoteattr(name)} table:style-name="ta1">{"".join(columns)}{"".join(out)}</table:table>'


def main(build):
    layout = {}
    tables = []
    tracker_name = None
    for sheet in SPEC["sheets"]:
        if "instructions" in sheet:
            # LibreOffice, converting without a view, shows whichever sheet is first: a hidden sheet must not be first.
            lines = "".join(row_xml([cell(line)]) for line in sheet["instructions"])
            tables.append(f'<table:table table:name={quoteattr(sheet["name"])} table:style-name="ta1"><table:table-column table:style-name="co_wide"/>{lines}</table:table>')
            continue
        tracker = M["trackers"][sheet["tracker"]]
        if tracker.get("archived"):
            tables.append(archive_table(sheet["name"], tracker))
        else:
            tracker_name = sheet["name"]
            tables.append(tracker_table(sheet["name"], tracker, layout))
            layout[sheet["name"]]["tracker"] = sheet["tracker"]
    n = len(M["trackers"]["batch-2022-2"]["rows"])
    validation = (f'<table:content-validations><table:content-validation table:name="val_agreement" '
                  f'table:condition="of:cell-content-is-in-list(&quot;已签约&quot;;&quot;达成合作意向&quot;;&quot;洽谈中&quot;;&quot;未揭榜&quot;)" '
                  f'table:allow-empty-cell="true" table:display-list="unsorted" table:base-cell-address={quoteattr(f"{tracker_name}.M5")}>'
                  f'<table:error-message table:display="true" table:message-type="stop"/></table:content-validation></table:content-validations>')
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
           f'<office:meta><meta:initial-creator>张某</meta:initial-creator><meta:creation-date>2022-02-10T09:00:00</meta:creation-date></office:meta>'
           f'{STYLES}<office:body><office:spreadsheet>{validation}{"".join(tables)}</office:spreadsheet></office:body></office:document>\n')
    with open(os.path.join(build, "libreoffice-fods.fods"), "w", encoding="utf-8") as f:
        f.write(doc)
    model.write_layout(build, FILE, layout)


if __name__ == "__main__":
    main(sys.argv[1])
