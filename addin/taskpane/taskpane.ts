// Entry of the task pane: wires the Excel door, the decide worker and the pane together.
import { langFromTag } from "../../src/i18n";
import { documentName, listSources, openWorkbook, readSource, saveMapping, selectCell, writeRun } from "../excel";
import { BUNDLED_PACKS } from "./bundled-packs";
import { createDecideService } from "./decide-service";
import { Pane } from "./pane";

void Office.onReady(async () => {
  const lang = langFromTag(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const root = document.getElementById("app")!;
  const service = createDecideService();
  // Where rows are decided ("worker" in a browser), for the record and the browser tests.
  root.dataset.decideIn = service.where;
  const pane = new Pane(root, {
    door: { listSources, readSource, writeRun, selectCell, saveMapping, documentName, openWorkbook },
    service,
    lang,
    packs: BUNDLED_PACKS,
  });
  await pane.mount();
});
