import { cellAddress, parseCellRef } from "../../src/tracker";

/**
 * Cells as few A1 ranges: each column's consecutive rows become one range
 * ("G14:G20"). Used to fill many scattered problem cells in few calls and to
 * keep the run's record short.
 */
export function columnRuns(addresses: readonly string[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const address of addresses) {
    const { row, column } = parseCellRef(address);
    const rows = byColumn.get(column) ?? [];
    rows.push(row);
    byColumn.set(column, rows);
  }
  const runs: string[] = [];
  for (const [column, rows] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let first = rows[0]!;
    let last = first;
    for (const row of [...rows.slice(1), Number.NaN]) {
      if (row === last + 1 || row === last) {
        last = row;
        continue;
      }
      runs.push(first === last ? cellAddress(first, column) : `${cellAddress(first, column)}:${cellAddress(last, column)}`);
      first = row;
      last = row;
    }
  }
  return runs;
}

/** Every cell of ranges written as `columnRuns` writes them. */
export function cellsOfRuns(runs: readonly string[]): string[] {
  const cells: string[] = [];
  for (const run of runs) {
    const [from, to] = run.split(":");
    const a = parseCellRef(from!);
    const b = to ? parseCellRef(to) : a;
    for (let row = a.row; row <= b.row; row++) for (let column = a.column; column <= b.column; column++) cells.push(cellAddress(row, column));
  }
  return cells;
}
