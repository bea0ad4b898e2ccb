// The preview page: a simulated Excel (the fake host, backed by an .xlsx) beside the real task pane,
// so anyone can try the add-in without Office. `npm run preview`, then open http://localhost:3001/.
import type { FakeWorkbook } from "../fake-excel";
import type { FakeHost } from "./fake-office";

const MAX_ROWS = 500;
const MAX_COLUMNS = 40;

const pane = document.getElementById("pane") as HTMLIFrameElement;
const grid = document.getElementById("grid")!;
const tabs = document.getElementById("tabs")!;
const syncs = document.getElementById("syncs")!;
const file = document.getElementById("file") as HTMLInputElement;
const langSelect = document.getElementById("lang") as HTMLSelectElement;
let shown: string | null = null;
let current: Uint8Array | null = null;

function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function hostOf(): FakeHost | null {
  return ((pane.contentWindow as unknown as { jiebangFake?: FakeHost }) ?? {}).jiebangFake ?? null;
}

function render(workbook: FakeWorkbook): void {
  const names = workbook.sheetNames();
  if (!shown || !names.includes(shown)) shown = workbook.activeSheet;
  tabs.replaceChildren(
    ...names.map((name) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.textContent = name;
      tab.className = name === shown ? "active" : "";
      tab.addEventListener("click", () => {
        shown = name;
        render(workbook);
      });
      return tab;
    }),
  );
  const sheet = workbook.exceljs.getWorksheet(shown);
  const rows = Math.min(sheet?.rowCount ?? 0, MAX_ROWS);
  const columns = Math.min(sheet?.columnCount ?? 0, MAX_COLUMNS);
  const commented = new Set(workbook.comments().filter((c) => c.sheet === shown).map((c) => c.address));
  const comments = new Map(workbook.comments().filter((c) => c.sheet === shown).map((c) => [c.address, c.content]));
  const selection = workbook.selection;
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  head.append(document.createElement("th"));
  for (let c = 1; c <= columns; c++) {
    const th = document.createElement("th");
    th.textContent = columnLetter(c);
    head.append(th);
  }
  const body = table.createTBody();
  for (let r = 1; r <= rows; r++) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.textContent = String(r);
    tr.append(th);
    for (let c = 1; c <= columns; c++) {
      const address = `${columnLetter(c)}${r}`;
      const view = workbook.cell(shown, address);
      const td = tr.insertCell();
      td.textContent = view.text;
      if (view.valueType === "Double") td.className = "number";
      if (view.fill && view.fill.toUpperCase() !== "#FFFFFF") td.style.background = view.fill;
      if (view.bold) td.style.fontWeight = "600";
      if (commented.has(address)) {
        td.classList.add("commented");
        td.title = comments.get(address) ?? "";
      }
      if (selection.sheet === shown && selection.address.split(":")[0] === address) td.classList.add("selected");
    }
  }
  grid.replaceChildren(table);
  syncs.textContent = `context.sync() × ${workbook.syncCount}`;
}

/** (Re)load the pane on a fresh fake host holding this workbook. */
function open(bytes: Uint8Array): void {
  current = bytes;
  shown = null;
  pane.onload = async () => {
    const host = hostOf();
    if (!host) return;
    host.onChange = () => host.workbook && render(host.workbook);
    await host.load(bytes, { displayLanguage: langSelect.value });
    render(host.workbook!);
  };
  pane.src = `taskpane.html?${Date.now()}`;
}

file.addEventListener("change", async () => {
  const picked = file.files?.[0];
  if (picked) open(new Uint8Array(await picked.arrayBuffer()));
});
document.getElementById("sample")!.addEventListener("click", async () => {
  const response = await fetch("samples/2022-first-batch.xlsx");
  open(new Uint8Array(await response.arrayBuffer()));
});
langSelect.addEventListener("change", () => current && open(current));
document.getElementById("sample")!.dispatchEvent(new Event("click"));
