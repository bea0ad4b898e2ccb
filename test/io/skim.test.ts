import { describe, expect, it } from "vitest";
import { sheetHandlers, type SheetContent } from "../../src/io/xlsx/sheet-reader";
import { TextStore } from "../../src/tracker";

function skimmed(xml: string, piece: number): SheetContent {
  const content: SheetContent = { rows: [], hiddenRows: new Set(), merges: [], keepRows: 0 };
  const handlers = sheetHandlers({ file: "t.xlsx", sheet: "S", sharedStrings: new TextStore(), formats: [], date1904: false }, content);
  for (let i = 0; i < xml.length; i += piece) handlers.skim!.text(xml.slice(i, i + piece));
  return content;
}

const TAIL =
  '<row r="7" spans="1:3"><c r="A7" t="s"><v>1</v></c></row><x:row r="9"><x:c r="A9"><x:v>2</x:v></x:c></x:row><row><c><v>3</v></c></row>' +
  '<rowBreaks count="1"><brk id="40"/></rowBreaks></sheetData><mergeCells count="3"><mergeCell ref="A1:C1"/><x:mergeCell ref="$B$7:B9"/><mergeCell ref="D4"/></mergeCells>';

describe("skimming a sheet past its kept rows", () => {
  it.each([1, 2, 3, 7, 64, TAIL.length])("finds each row and merge whatever the pieces (%i characters)", (piece) => {
    const content = skimmed(TAIL, piece);
    // Row 10 is the one without a number after row 9; a one-cell merge is no merge; <rowBreaks> is not a row.
    expect(content.lastRow).toBe(10);
    expect(content.merges).toEqual(["A1:C1", "B7:B9"]);
  });

  it("refuses rows out of order or outside Excel's grid, as the parser does", () => {
    expect(() => skimmed('<row r="9"/><row r="8"/>', 5)).toThrow(/comes after row 9/);
    expect(() => skimmed('<row r="1048577"/>', 5)).toThrow(/outside Excel's grid/);
  });
});
