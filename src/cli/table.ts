import stringWidth from "string-width";

export type Align = "left" | "right";

function pad(text: string, width: number, align: Align): string {
  const space = " ".repeat(Math.max(0, width - stringWidth(text)));
  return align === "right" ? space + text : text + space;
}

/** A boxed terminal table that lines up Chinese (double-width) and Latin text. */
export function renderTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, align: readonly Align[] = []): string {
  const widths = headers.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ""))));
  const line = (l: string, m: string, r: string) => l + widths.map((w) => "─".repeat(w + 2)).join(m) + r;
  const row = (cells: readonly string[]) => "│" + widths.map((w, i) => ` ${pad(cells[i] ?? "", w, align[i] ?? "left")} `).join("│") + "│";
  return [line("┌", "┬", "┐"), row(headers), line("├", "┼", "┤"), ...rows.map(row), line("└", "┴", "┘")].join("\n");
}
