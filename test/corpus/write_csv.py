"""BUILD/2022年第三批.csv: the generated tracker as UTF-8 CSV, which generate.sh imports and saves with LibreOffice
(soffice --infilter=CSV:… --convert-to xlsx) as files/libreoffice-csv.xlsx; the sheet takes the CSV file's name.
Run with /usr/bin/python3. LibreOffice's CSV import recognises the ISO dates and the numbers ("detect special
numbers"), so the .xlsx holds date serials with a date format, numbers, and shared strings for the rest.
"""
import csv
import os
import sys

import model

FILE = "libreoffice-csv.xlsx"
M = model.expanded()
H = M["headers"]
SPEC = model.file_spec(M, FILE)
COLUMNS = ["seq", "id", "name", "type", "field", "issuer", "issuerKind", "issuerLocation", "paysTax", "solvers",
           "solverLocations", "agreement", "signedOn", "investment", "major", "caseAmount", "caseRef", "remark"]


def main(build):
    sheet = SPEC["sheets"][0]
    tracker = M["trackers"][sheet["tracker"]]
    path = os.path.join(build, f"{sheet['name']}.csv")
    ids = {}
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow([H[k] for k in COLUMNS])
        for i, row in enumerate(tracker["rows"]):
            ids[row["id"]] = 2 + i
            values = {"seq": i + 1, "id": row["id"], "name": row["name"], "type": row["type"], "field": row["field"], "issuer": row["issuer"],
                      "issuerKind": row["issuerKind"], "issuerLocation": row["issuerLocation"], "paysTax": row["paysTax"],
                      "solvers": "、".join(row["solvers"]), "solverLocations": "、".join(row["solverLocations"]), "agreement": row["agreement"],
                      "signedOn": row["signedOn"] or "", "investment": row["investmentWan"] or "", "major": row["major"],
                      "caseAmount": row.get("caseAmountWan", ""), "caseRef": row.get("caseRef", ""), "remark": row.get("remark", "")}
            out.writerow([values[k] for k in COLUMNS])
        out.writerow([])
        out.writerow(["", "合计"])
        out.writerow([M["signOff"]["line"]])
    model.write_layout(build, FILE, {sheet["name"]: {"tracker": sheet["tracker"], "headerRow": 1, "rows": ids}})
    print(path)


if __name__ == "__main__":
    main(sys.argv[1])
