import { unitFromSpelling, splitTrailingUnit, type Unit } from "../money";
import { FIELDS, type FieldName } from "./fields";
import { cellAddress, cellAt, displayText, gridWidth, parseCellRef, type Grid } from "./grid";
import { cleanText, normalizeLabel } from "./text";

/** A header cell as read: its text, the comparable key and the unit it names. */
export interface HeaderCell {
  readonly column: number;
  readonly address: string;
  readonly text: string;
  readonly key: string;
  readonly unit: Unit | null;
}

export type MatchHow = "user" | "exact" | "partial";

export interface ColumnMapping {
  readonly field: FieldName;
  readonly column: number;
  readonly address: string;
  readonly header: string;
  readonly unit: Unit | null;
  readonly how: MatchHow;
}

/** A column that also looked like a field another column already supplies. */
export interface ColumnConflict {
  readonly field: FieldName;
  readonly used: ColumnMapping;
  readonly ignored: HeaderCell;
}

const BRACKETED = /[([【〔{]([^)\]】〕}]*)[)\]】〕}]/g;
const UNIT_NOTE = /^(单位[:：]?|unit[:：]?|in)/;

/**
 * The key a header is matched by, and the unit it carries:
 * "研发投入总额\n（万元）" → key "研发投入总额", unit 万元.
 */
export function normalizeHeader(text: string): { key: string; unit: Unit | null } {
  let unit: Unit | null = null;
  let key = normalizeLabel(text).replace(BRACKETED, (_whole, inner: string) => {
    unit ??= unitFromSpelling(inner.replace(UNIT_NOTE, ""));
    return "";
  });
  // "研发投入总额/万元", "研发投入总额:万元", "研发投入总额/单位:万元", "研发投入总额\n单位:万元".
  const note = /([/:：]?单位[:：]?|[/:：])([^/:：]+)$/.exec(key);
  if (!unit && note) {
    const found = unitFromSpelling(note[2]!);
    if (found) {
      unit = found;
      key = key.slice(0, note.index);
    }
  }
  if (!unit) {
    const trailing = splitTrailingUnit(key);
    if (trailing.unit && trailing.number !== "" && matchField(trailing.number)?.how === "exact") {
      unit = trailing.unit;
      key = trailing.number;
    }
  }
  return { key, unit };
}

interface FieldMatch {
  readonly field: FieldName;
  readonly how: "exact" | "partial";
  readonly strength: number;
}

const ALIASES: ReadonlyArray<{ field: FieldName; alias: string }> = FIELDS.flatMap((f) =>
  f.aliases.map((alias) => ({ field: f.name, alias })),
);

/**
 * What a partial match may leave around the alias: "发榜单位名称" is 发榜单位 +
 * 名称 and "Issuer name" is issuer + name, but "揭榜方联系人" or "揭榜方电话" are
 * not 揭榜方: any other remainder means the header is about something else.
 */
const FILLER = /^(名称|全称|单位|牵头|情况|信息|名单|总额|金额|项目|企业|合计|总|额|的|name|names|s|\(s\))*$/;
const MIN_PARTIAL_ALIAS = 3;

function partialRemainderOk(key: string, alias: string): boolean {
  const at = key.indexOf(alias);
  return at >= 0 && FILLER.test(key.slice(0, at) + key.slice(at + alias.length));
}

/** The field a header key names: exact alias first, else the longest alias it contains. */
export function matchField(key: string): FieldMatch | null {
  if (key === "") return null;
  let best: FieldMatch | null = null;
  for (const { field, alias } of ALIASES) {
    if (key === alias) return { field, how: "exact", strength: 1000 + alias.length };
    if (alias.length >= MIN_PARTIAL_ALIAS && partialRemainderOk(key, alias)) {
      if (!best || alias.length > best.strength) best = { field, how: "partial", strength: alias.length };
    }
  }
  return best;
}

export function headerCells(grid: Grid, row: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  const last = grid.firstColumn + gridWidth(grid) - 1;
  for (let column = grid.firstColumn; column <= last; column++) {
    const cell = cellAt(grid, row, column);
    if (cell.mergedInto && cell.value.kind === "empty") continue;
    const text = cleanText(displayText(cell));
    if (text === "") continue;
    const { key, unit } = normalizeHeader(text);
    cells.push({ column, address: cellAddress(row, column), text, key, unit });
  }
  return cells;
}

export interface MappedHeader {
  readonly mapping: ColumnMapping[];
  readonly conflicts: ColumnConflict[];
  /** User mappings whose header text was not found in this row. */
  readonly unknownUserHeaders: Array<{ field: FieldName; header: string }>;
}

const HOW_RANK: Record<MatchHow, number> = { user: 3, exact: 2, partial: 1 };

/** Map a header row's cells to fields; `--map field=Header` wins over the matcher. */
export function mapHeader(cells: readonly HeaderCell[], userMap: Partial<Record<FieldName, string>>): MappedHeader {
  const candidates: Array<{ cell: HeaderCell; field: FieldName; how: MatchHow; strength: number }> = [];
  const unknownUserHeaders: Array<{ field: FieldName; header: string }> = [];
  const userColumns = new Set<number>();
  for (const [field, header] of Object.entries(userMap) as Array<[FieldName, string]>) {
    const wanted = normalizeLabel(header);
    const cell = cells.find((c) => normalizeLabel(c.text) === wanted) ?? cells.find((c) => c.key === normalizeHeader(header).key);
    if (!cell) unknownUserHeaders.push({ field, header });
    else {
      candidates.push({ cell, field, how: "user", strength: Infinity });
      userColumns.add(cell.column);
    }
  }
  const userFields = new Set(Object.keys(userMap));
  for (const cell of cells) {
    if (userColumns.has(cell.column)) continue;
    const match = matchField(cell.key);
    if (match && !userFields.has(match.field)) candidates.push({ cell, field: match.field, how: match.how, strength: match.strength });
  }
  candidates.sort((a, b) => HOW_RANK[b.how] - HOW_RANK[a.how] || b.strength - a.strength || a.cell.column - b.cell.column);
  const mapping: ColumnMapping[] = [];
  const conflicts: ColumnConflict[] = [];
  const byField = new Map<FieldName, ColumnMapping>();
  for (const { cell, field, how } of candidates) {
    const used = byField.get(field);
    if (used) {
      conflicts.push({ field, used, ignored: cell });
      continue;
    }
    const entry: ColumnMapping = { field, column: cell.column, address: cell.address, header: cell.text, unit: cell.unit, how };
    byField.set(field, entry);
    mapping.push(entry);
  }
  mapping.sort((a, b) => a.column - b.column);
  return { mapping, conflicts, unknownUserHeaders };
}

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;
/** A row must name at least this many fields to be taken for the header. */
export const MIN_HEADER_FIELDS = 3;

/**
 * The header cells of a header split over two rows: a group label above
 * (often merged across its columns, or down over a column that has no
 * sub-label) and the labels below, read as one text per column:
 * "研发投入（万元）" over "总额" is "研发投入（万元）总额".
 */
export function compositeHeaderCells(grid: Grid, top: number): HeaderCell[] {
  const bottom = top + 1;
  const last = grid.firstColumn + gridWidth(grid) - 1;
  const cells: HeaderCell[] = [];
  let group = "";
  for (let column = grid.firstColumn; column <= last; column++) {
    const upper = cellAt(grid, top, column);
    const lower = cellAt(grid, bottom, column);
    const lowerText = lower.mergedInto ? "" : cleanText(displayText(lower));
    let upperText = cleanText(displayText(upper));
    if (upperText === "" && upper.mergedInto) {
      const master = parseCellRef(upper.mergedInto);
      if (master.row === top) upperText = cleanText(displayText(cellAt(grid, master.row, master.column)));
    }
    // Without merge information (Office.js), a blank above a sub-label continues the group label on its left.
    if (upperText === "" && lowerText !== "" && !upper.mergedInto) upperText = group;
    group = upperText;
    const text = [upperText, lowerText].filter((t) => t !== "").join(upperText && lowerText ? " " : "");
    if (text === "") continue;
    const { key, unit } = normalizeHeader(text.replace(" ", ""));
    cells.push({ column, address: cellAddress(bottom, column), text, key, unit });
  }
  return cells;
}

export interface HeaderPosition {
  /** The (last) header row; data starts below it. */
  readonly row: number;
  /** 1, or 2 for a header split over two rows. */
  readonly span: 1 | 2;
}

export function headerCellsAt(grid: Grid, position: HeaderPosition): HeaderCell[] {
  return position.span === 1 ? headerCells(grid, position.row) : compositeHeaderCells(grid, position.row - 1);
}

/**
 * The header: among the top rows, the row (or pair of rows) that names the
 * most fields; a pair is taken only when it names more than either row alone.
 */
export function findHeader(grid: Grid, userMap: Partial<Record<FieldName, string>>): HeaderPosition | null {
  let best: HeaderPosition | null = null;
  let bestScore = MIN_HEADER_FIELDS - 1;
  const last = Math.min(grid.firstRow + grid.rows.length - 1, grid.firstRow + HEADER_SEARCH_ROWS - 1);
  const score = (cells: HeaderCell[]) => mapHeader(cells, userMap).mapping.length;
  for (let row = grid.firstRow; row <= last; row++) {
    const single = score(headerCells(grid, row));
    if (single > bestScore) {
      bestScore = single;
      best = { row, span: 1 };
    }
    if (row + 1 <= grid.firstRow + grid.rows.length - 1) {
      const below = score(headerCells(grid, row + 1));
      const pair = score(compositeHeaderCells(grid, row));
      if (pair > Math.max(single, below) && pair > bestScore) {
        bestScore = pair;
        best = { row: row + 1, span: 2 };
      }
    }
  }
  return best;
}

/** The (last) header row, or null. */
export function findHeaderRow(grid: Grid, userMap: Partial<Record<FieldName, string>>): number | null {
  return findHeader(grid, userMap)?.row ?? null;
}
