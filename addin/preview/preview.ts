// The preview page: the real task pane, on Microsoft's Excel client, beside a grid view of the simulated
// workbook. Every change to the workbook arrives at the host as a ProcessQuery request from the pane's
// office.js (host-server.ts); this page only draws what /host/view says. `npm run preview`, then
// open http://localhost:3001/.

interface View {
  version: number;
  sheets: string[];
  sheet: string;
  cells: Array<Array<{ text: string; fill?: string; bold?: true; number?: true }>>;
  comments: Array<{ address: string; content: string }>;
  notes: Array<{ address: string; text: string }>;
  selection: { sheet: string; address: string } | null;
  requests: number;
}

const pane = document.getElementById("pane") as HTMLIFrameElement;
const grid = document.getElementById("grid")!;
const tabs = document.getElementById("tabs")!;
const syncs = document.getElementById("syncs")!;
const file = document.getElementById("file") as HTMLInputElement;
const langSelect = document.getElementById("lang") as HTMLSelectElement;
const download = document.getElementById("download") as HTMLAnchorElement;
let shown: string | null = null;
let current: { bytes: Uint8Array; name: string } | null = null;
let drawn = -1;

function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function render(view: View): void {
  shown = view.sheet;
  tabs.replaceChildren(
    ...view.sheets.map((name) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.textContent = name;
      tab.className = name === shown ? "active" : "";
      tab.addEventListener("click", () => {
        shown = name;
        void refresh(true);
      });
      return tab;
    }),
  );
  const comments = new Map(view.comments.map((c) => [c.address, c.content]));
  const notes = new Map(view.notes.map((n) => [n.address, n.text]));
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  head.append(document.createElement("th"));
  const columns = Math.max(0, ...view.cells.map((r) => r.length));
  for (let c = 1; c <= columns; c++) {
    const th = document.createElement("th");
    th.textContent = columnLetter(c);
    head.append(th);
  }
  const body = table.createTBody();
  view.cells.forEach((row, r) => {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.textContent = String(r + 1);
    tr.append(th);
    row.forEach((cell, c) => {
      const address = `${columnLetter(c + 1)}${r + 1}`;
      const td = tr.insertCell();
      td.textContent = cell.text;
      if (cell.number) td.className = "number";
      if (cell.fill) td.style.background = cell.fill;
      if (cell.bold) td.style.fontWeight = "600";
      const note = comments.get(address) ?? notes.get(address);
      if (note !== undefined) {
        td.classList.add("commented");
        td.title = note;
      }
      if (view.selection?.sheet === shown && view.selection.address.split(":")[0] === address) td.classList.add("selected");
    });
  });
  grid.replaceChildren(table);
  syncs.textContent = `ProcessQuery × ${view.requests}`;
}

async function refresh(force = false): Promise<void> {
  const response = await fetch(`/host/view?sheet=${encodeURIComponent(shown ?? "")}`, { cache: "no-store" });
  if (!response.ok) return;
  const view = (await response.json()) as View;
  if (!force && view.version === drawn) return;
  drawn = view.version;
  render(view);
}

/** Load a workbook into the host, then (re)load the pane on it. */
async function open(bytes: Uint8Array, name: string): Promise<void> {
  current = { bytes, name };
  shown = null;
  await fetch(`/host/load?lang=${encodeURIComponent(langSelect.value)}&name=${encodeURIComponent(name)}`, { method: "POST", body: bytes as Uint8Array<ArrayBuffer> });
  pane.src = `taskpane.html?${Date.now()}`;
  await refresh(true);
}

file.addEventListener("change", async () => {
  const picked = file.files?.[0];
  if (picked) await open(new Uint8Array(await picked.arrayBuffer()), picked.name);
});
document.getElementById("sample")!.addEventListener("click", async () => {
  const response = await fetch("samples/2022-first-batch.xlsx");
  await open(new Uint8Array(await response.arrayBuffer()), "2022-first-batch.xlsx");
});
langSelect.addEventListener("change", () => current && void open(current.bytes, current.name));
download.href = "/host/workbook.xlsx";
setInterval(() => void refresh(), 400);
document.getElementById("sample")!.dispatchEvent(new Event("click"));
