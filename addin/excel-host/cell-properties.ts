/**
 * Range.getCellProperties(cellPropertiesLoadOptions), ExcelApi 1.9: "Returns
 * a 2D array, encapsulating the data for each cell's font, fill, borders,
 * alignment, and other properties"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)).
 * The answer is rows × columns of camelCase objects that mirror the options
 * (Excel.CellProperties / CellPropertiesLoadOptions); the client hands the
 * Method result to the caller as it is (excel-web-16.00.debug.js L31778-31781,
 * ClientResult L14898-14911).
 *
 * `format.fill.color` of a cell without fill is "#FFFFFF" here too
 * (OfficeDev/office-js#6218 names getCellProperties); cell-format.ts.
 */

import type ExcelJS from "exceljs";
import { cellAddress, cellCount, quoteSheet } from "./a1";
import { fillValue, FILL_SCALARS, FONT_SCALARS, fontValue, formulaHidden, horizontalAlignment, locked, verticalAlignment, wrapText } from "./cell-format";
import { HostError, invalidArgument, notModelled } from "./errors";
import { columnHiddenOf } from "./exceljs-internals";
import type { HostEnv } from "./host-object";
import type { RangeTarget } from "./range-target";

type Options = Record<string, unknown>;

function isOptions(value: unknown): value is Options {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pick(options: Options, group: string, names: readonly string[], read: (name: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, wanted] of Object.entries(options)) {
    if (!wanted) continue;
    if (!names.includes(name)) throw notModelled(`getCellProperties option ${group}.${name}`);
    out[name] = read(name);
  }
  return out;
}

function formatOf(cell: ExcelJS.Cell | undefined, options: Options): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, wanted] of Object.entries(options)) {
    if (!wanted) continue;
    switch (name) {
      case "fill":
        out.fill = isOptions(wanted) ? pick(wanted, "format.fill", FILL_SCALARS, (n) => fillValue(cell, n)) : {};
        break;
      case "font":
        out.font = isOptions(wanted) ? pick(wanted, "format.font", FONT_SCALARS, (n) => fontValue(cell, n)) : {};
        break;
      case "protection":
        out.protection = isOptions(wanted) ? pick(wanted, "format.protection", ["locked", "formulaHidden"], (n) => (n === "locked" ? locked(cell) : formulaHidden(cell))) : {};
        break;
      case "wrapText":
        out.wrapText = wrapText(cell);
        break;
      case "horizontalAlignment":
        out.horizontalAlignment = horizontalAlignment(cell);
        break;
      case "verticalAlignment":
        out.verticalAlignment = verticalAlignment(cell);
        break;
      default:
        throw notModelled(`getCellProperties option format.${name}`);
    }
  }
  return out;
}

export function cellProperties(env: HostEnv, target: RangeTarget, options: unknown): Record<string, unknown>[][] {
  if (!isOptions(options)) throw invalidArgument("getCellProperties needs load options, e.g. { format: { fill: { color: true } } }.");
  const { sheet, area } = target;
  const cells = cellCount(area);
  if (cells > env.limits.readCells) throw new HostError("RangeExceedsLimit", `The range has ${cells} cells; a read is limited to ${env.limits.readCells} cells.`);
  const prefix = `${quoteSheet(sheet.name)}!`;
  const grid: Record<string, unknown>[][] = [];
  for (let r = area.top; r < area.top + area.rows; r++) {
    const row: Record<string, unknown>[] = [];
    for (let c = area.left; c < area.left + area.columns; c++) {
      const cell = sheet.findCell(r + 1, c + 1);
      const out: Record<string, unknown> = {};
      for (const [name, wanted] of Object.entries(options)) {
        if (!wanted) continue;
        switch (name) {
          case "address":
          case "addressLocal":
            out[name] = prefix + cellAddress(r, c);
            break;
          case "format":
            out.format = isOptions(wanted) ? formatOf(cell, wanted) : {};
            break;
          case "hidden":
            out.hidden = columnHiddenOf(sheet, c) || sheet.findRow(r + 1)?.hidden === true;
            break;
          case "style":
            out.style = "Normal";
            break;
          default:
            throw notModelled(`getCellProperties option ${name}`);
        }
      }
      row.push(out);
    }
    grid.push(row);
  }
  return grid;
}
