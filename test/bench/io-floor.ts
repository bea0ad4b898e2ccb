/**
 * The I/O floor: what reading a tracker and writing a workbook of the same
 * data costs with exceljs and nothing else. exceljs's streaming reader goes
 * over the file reading every cell's value, and each row read is handed at
 * once to exceljs's streaming writer, which writes the same values to a new
 * file. No parsing, no rules, no styles, no report.
 *
 * The bench runs this file as a child process (as `jiebang run` is one), so
 * both start from a fresh Node with the same loader:
 *   node --import tsx test/bench/io-floor.ts <in.xlsx> <out.xlsx>
 * It prints one JSON line: { ms, rows, cells }, ms being the read + write
 * from opening the input to the output's commit.
 */
import ExcelJS from "exceljs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface FloorResult {
  /** Milliseconds from opening the input to the output's commit. */
  readonly ms: number;
  /** Rows read (and written). */
  readonly rows: number;
  /** Cell values read. */
  readonly cells: number;
}

/** Read every cell of every sheet of `input` with the streaming reader, writing each row to `output` with the streaming writer. */
export async function ioFloor(input: string, output: string): Promise<FloorResult> {
  const started = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output, useStyles: false, useSharedStrings: false });
  let rows = 0;
  let cells = 0;
  let sheetIndex = 0;
  for await (const sheet of reader) {
    sheetIndex++;
    const out = writer.addWorksheet(`Sheet${sheetIndex}`);
    for await (const row of sheet) {
      const values: ExcelJS.CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        values[column - 1] = cell.value;
        cells++;
      });
      out.getRow(row.number).values = values;
      out.getRow(row.number).commit();
      rows++;
    }
    out.commit();
  }
  await writer.commit();
  return { ms: performance.now() - started, rows, cells };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    process.stderr.write("usage: io-floor.ts <in.xlsx> <out.xlsx>\n");
    process.exit(2);
  }
  const result = await ioFloor(resolve(input), resolve(output));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
