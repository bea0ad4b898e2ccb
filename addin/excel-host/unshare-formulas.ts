/**
 * Shared formulas (one master formula, clones translated from it) break in
 * exceljs as soon as the master cell is overwritten. Excel stores each cell's
 * formula anyway, so the fake turns every shared formula into a plain one
 * when it opens a workbook.
 */

import ExcelJS from "exceljs";
import { cellsOf, rowsOf } from "./exceljs-internals";

interface FormulaParts {
  sharedFormula?: string;
  shareType?: string;
}

export function unshareFormulas(book: ExcelJS.Workbook): void {
  const plain: { cell: ExcelJS.Cell; formula: string; result: unknown }[] = [];
  for (const sheet of book.worksheets) {
    for (const row of rowsOf(sheet)) {
      if (!row) continue;
      for (const cell of cellsOf(row)) {
        if (!cell || cell.type !== ExcelJS.ValueType.Formula) continue;
        const parts = cell.value as FormulaParts;
        if (parts.sharedFormula === undefined && parts.shareType !== "shared") continue;
        let formula: string | undefined;
        try {
          formula = cell.formula;
        } catch {
          formula = undefined;
        }
        if (formula) plain.push({ cell, formula, result: cell.result });
      }
    }
  }
  for (const { cell, formula, result } of plain) {
    cell.value = (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
  }
}
