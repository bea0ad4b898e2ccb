/**
 * Cell-by-cell comparison of two reads of one workbook: jiebang's reader
 * against exceljs's full model. Differences come back as sentences naming
 * the sheet and cell, so a failing test says exactly what was read wrong.
 */
import type { Grid, GridCell } from "../../src/tracker";
import { cellAddress } from "../../src/tracker";
import { isDateFormat } from "../../src/io";

export interface ReadResult {
  readonly grids: readonly Grid[];
  readonly hiddenSheets: ReadonlySet<string>;
}

function describe(cell: GridCell | undefined): string {
  if (!cell) return "(none)";
  return JSON.stringify({ ...cell.value, ...(cell.format !== undefined ? { format: cell.format } : {}), ...(cell.formula !== undefined ? { formula: true } : {}) });
}

/** Date serials travel through a JS Date in exceljs (rounded to the millisecond). */
function sameValue(a: GridCell, b: GridCell): boolean {
  if (a.value.kind !== b.value.kind) return false;
  if (a.value.kind === "number" && b.value.kind === "number") {
    if (isDateFormat(b.format ?? a.format)) return Math.abs(a.value.value - b.value.value) < 1e-7;
    return a.value.value === b.value.value;
  }
  return JSON.stringify(a.value) === JSON.stringify(b.value);
}

/** exceljs drops a format code's backslash escapes (yyyy\\-mm\\-dd → yyyy-mm-dd); the reader keeps the code as written. */
function unescaped(format: string | undefined): string | undefined {
  return format?.replace(/\\(.)/g, "$1");
}

export function compareReads(ours: ReadResult, reference: ReadResult): string[] {
  const problems: string[] = [];
  const names = (r: ReadResult) => r.grids.map((g) => g.sheet);
  if (JSON.stringify(names(ours)) !== JSON.stringify(names(reference))) problems.push(`sheets: ${JSON.stringify(names(ours))} ≠ ${JSON.stringify(names(reference))}`);
  const hidden = (r: ReadResult) => [...r.hiddenSheets].sort();
  if (JSON.stringify(hidden(ours)) !== JSON.stringify(hidden(reference))) problems.push(`hidden sheets: ${JSON.stringify(hidden(ours))} ≠ ${JSON.stringify(hidden(reference))}`);
  for (const ref of reference.grids) {
    const mine = ours.grids.find((g) => g.sheet === ref.sheet);
    if (!mine) continue;
    const rows = Math.max(mine.rows.length, ref.rows.length);
    for (let r = 0; r < rows; r++) {
      const a = mine.rows[r] ?? [];
      const b = ref.rows[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++) {
        const x = a[c];
        const y = b[c];
        if (!x && !y) continue;
        const at = `${ref.sheet}!${cellAddress(r + 1, c + 1)}`;
        if (!x || !y || !sameValue(x, y) || (x.formula !== undefined) !== (y.formula !== undefined) || (y.format !== undefined && unescaped(x.format) !== unescaped(y.format))) {
          problems.push(`${at}: ${describe(x)} ≠ ${describe(y)}`);
        }
      }
    }
    const merges = (g: Grid) => [...(g.merges ?? [])].sort();
    if (JSON.stringify(merges(mine)) !== JSON.stringify(merges(ref))) problems.push(`${ref.sheet} merges: ${JSON.stringify(merges(mine))} ≠ ${JSON.stringify(merges(ref))}`);
    const hiddenRows = (g: Grid) => [...(g.hiddenRows ?? [])].sort((p, q) => p - q);
    if (JSON.stringify(hiddenRows(mine)) !== JSON.stringify(hiddenRows(ref))) problems.push(`${ref.sheet} hidden rows: ${JSON.stringify(hiddenRows(mine))} ≠ ${JSON.stringify(hiddenRows(ref))}`);
  }
  return problems;
}
