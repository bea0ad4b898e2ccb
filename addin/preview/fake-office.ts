// The fake Office host for the preview and the browser tests: stands where office.js would load.
// The page calls window.jiebangFake.load(bytes) with a tracker .xlsx; Office.onReady resolves after that.
import { createFakeExcel, FakeWorkbook } from "../fake-excel";

type FakeOffice = ReturnType<typeof createFakeExcel>;

export interface FakeHost {
  /** Load a workbook (.xlsx bytes) into the fake Excel; `displayLanguage` as Office would report it. */
  load(bytes: Uint8Array, options?: { displayLanguage?: string }): Promise<void>;
  readonly workbook: FakeWorkbook | null;
  /** Called after every sync, so a view of the workbook can refresh. */
  onChange: (() => void) | null;
}

let installed: FakeOffice | null = null;
let markReady: () => void = () => {};
const ready = new Promise<void>((resolve) => {
  markReady = resolve;
});

const host: FakeHost = {
  workbook: null,
  onChange: null,
  async load(bytes, options = {}) {
    // Copy into this window's own Uint8Array: bytes handed over from the preview page come from another realm.
    const workbook = await FakeWorkbook.fromXlsx(new Uint8Array(bytes));
    installed = createFakeExcel(workbook, { displayLanguage: options.displayLanguage ?? "zh-CN" });
    (host as { workbook: FakeWorkbook | null }).workbook = workbook;
    const run = installed.Excel.run.bind(installed.Excel);
    (globalThis as Record<string, unknown>).Excel = new Proxy(installed.Excel, {
      get: (target, key) =>
        key === "run"
          ? async (batch: never) => {
              try {
                return await run(batch);
              } finally {
                host.onChange?.();
              }
            }
          : Reflect.get(target, key),
    });
    markReady();
  },
};

const officeShim = {
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    return ready.then(() => installed!.Office.onReady(callback));
  },
  get context() {
    return installed?.Office.context;
  },
  get HostType() {
    return installed?.Office.HostType;
  },
};

(globalThis as Record<string, unknown>).Office = officeShim;
(globalThis as Record<string, unknown>).jiebangFake = host;
