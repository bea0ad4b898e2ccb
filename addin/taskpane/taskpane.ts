// Entry of the task pane: wires the Excel door, the decide worker and the pane together.
import { langFromTag } from "../../src/i18n";
import { documentName, listSources, readSource, saveMapping, selectCell, writeRun } from "../excel";
import { BUNDLED_PACKS } from "./bundled-packs";
import { createDecideService } from "./decide-service";
import { Pane } from "./pane";

function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

void Office.onReady(async () => {
  const lang = langFromTag(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const root = document.getElementById("app")!;
  const service = createDecideService();
  // Where rows are decided ("worker" in a browser), for the record and the browser tests.
  root.dataset.decideIn = service.where;
  const pane = new Pane(root, {
    door: { listSources, readSource, writeRun, selectCell, saveMapping, documentName },
    service,
    lang,
    packs: BUNDLED_PACKS,
    download,
  });
  await pane.mount();
});
