import { packFamilies, type Decision, type LayerDecision, type Reason } from "../engine";
import { Decimal, yuanString } from "../money";
import type { Run } from "./run";
import type { FunnelStage, SourceTotals } from "./summary";

function money(amount: Decimal | null): string | null {
  return amount === null ? null : yuanString(amount);
}

function reasonJson(reason: Reason) {
  return { code: reason.code, message: reason.message, cell: reason.cell, ...(reason.pack ? { pack: reason.pack } : {}) };
}

function layerJson(l: LayerDecision, withTrace: boolean) {
  return {
    pack: l.pack,
    status: l.status,
    line: l.line,
    recipient: l.recipient,
    recipientName: l.recipientName,
    rate: l.rate === null ? null : l.rate.toFixed(),
    capYuan: money(l.capYuan),
    subsidyYuan: l.status === "funded" ? yuanString(l.subsidyYuan) : "0.00",
    capped: l.capped,
    caseRef: l.caseRef,
    ...(l.tranches ? trancheJson(l) : {}),
    reasons: l.reasons.map(reasonJson),
    warnings: l.warnings.map(reasonJson),
    ...(withTrace ? { trace: l.trace } : {}),
  };
}

/** A line paid in tranches: each tranche, and what is due, not yet due and to be returned. */
function trancheJson(l: LayerDecision) {
  return {
    tranches: (l.tranches ?? []).map((t) => ({ when: t.when, share: t.share.toFixed(), amountYuan: yuanString(t.amountYuan), state: t.state })),
    dueYuan: yuanString(l.dueYuan),
    notDueYuan: yuanString(l.notDueYuan),
    reclaimYuan: yuanString(l.reclaimYuan),
  };
}

/** One decision in the JSON shape of `jiebang run --json`; `layered` adds each pack's layer and their sum. */
export function decisionJson(d: Decision, withTrace = false, layered = false) {
  // The row's own figures are its primary layer's, written as a layer is; only the order of the keys differs.
  const own = layerJson(d, withTrace);
  return {
    ...(d.source !== undefined ? { source: d.source } : {}),
    row: d.row,
    id: d.id,
    status: own.status,
    line: own.line,
    recipient: own.recipient,
    recipientName: own.recipientName,
    investmentYuan: money(d.investmentYuan),
    rate: own.rate,
    capYuan: own.capYuan,
    subsidyYuan: own.subsidyYuan,
    capped: own.capped,
    caseRef: own.caseRef,
    ...(d.layers.some((l) => l.tranches) ? { dueYuan: yuanString(d.dueYuan), notDueYuan: yuanString(d.notDueYuan), reclaimYuan: yuanString(d.reclaimYuan) } : {}),
    ...(own.tranches ? { tranches: own.tranches } : {}),
    reasons: own.reasons,
    warnings: own.warnings,
    ...(withTrace ? { trace: d.trace } : {}),
    ...(layered ? { layers: d.layers.map((l) => layerJson(l, withTrace)), totalSubsidyYuan: yuanString(d.totalSubsidyYuan) } : {}),
  };
}

function sourceJson(t: SourceTotals) {
  const c = t.counts;
  return { rows: t.rows, funded: c.funded, ineligible: c.ineligible, pending: c.pending, invalid: c.invalid, unmatched: c.unmatched, investmentYuan: yuanString(t.investmentYuan), subsidyYuan: yuanString(t.subsidyYuan) };
}

function funnelJson(stage: FunnelStage) {
  return { rows: stage.rows, published: stage.published, agreed: stage.agreed, funded: stage.funded, subsidyYuan: yuanString(stage.subsidyYuan) };
}

/** More than one pack (id) decided the run: every decision then shows its layers. */
export function isLayered(run: Run): boolean {
  return packFamilies(run.packs).length > 1;
}

function inputJson(input: Run["input"], tracker: Run["tracker"]) {
  return { file: input.file, sheet: tracker.sheet, sha256: input.sha256, headerRow: tracker.headerRow, ...(input.writer ? { writer: input.writer } : {}) };
}

/** The whole run as `--json` writes it; the same input and packs give the same bytes. A consolidated run has `inputs` (and `skippedInputs`) for `input`, and `summary.bySource`. */
export function jsonReport(run: Run, options: { trace?: boolean } = {}) {
  const s = run.summary;
  const layered = isLayered(run);
  const inputs = run.sources
    ? {
        inputs: run.sources.map((source) => inputJson(source.input, source.tracker)),
        ...(run.skippedSources && run.skippedSources.length > 0 ? { skippedInputs: run.skippedSources.map((k) => ({ file: k.file, sheet: k.sheet, code: k.code, message: k.message })) } : {}),
      }
    : { input: inputJson(run.input, run.tracker) };
  return {
    tool: { name: run.tool.name, version: run.tool.version },
    ...inputs,
    rules: run.packs.map((p) => ({ id: p.id, version: p.version, sha256: p.pack.sha256 })),
    decisions: run.decisions.map((d) => decisionJson(d, options.trace ?? false, layered)),
    summary: {
      rows: s.rows,
      funded: s.counts.funded,
      ineligible: s.counts.ineligible,
      pending: s.counts.pending,
      invalid: s.counts.invalid,
      unmatched: s.counts.unmatched,
      investmentYuan: yuanString(s.investmentYuan),
      subsidyYuan: yuanString(s.subsidyYuan),
      dueYuan: yuanString(s.dueYuan),
      notDueYuan: yuanString(s.notDueYuan),
      reclaimYuan: yuanString(s.reclaimYuan),
      solverUnits: s.solverUnits,
      outOfRegionSolverUnits: s.outOfRegionSolverUnits,
      outOfRegionShare: s.outOfRegionShare.toFixed(4, Decimal.ROUND_HALF_UP),
      ...(layered ? { byPack: s.byPack.map((p) => ({ pack: p.pack, funded: p.funded, subsidyYuan: yuanString(p.subsidyYuan) })) } : {}),
      duplicates: s.duplicates,
      funnel: { tech: funnelJson(s.funnel.tech), transformation: funnelJson(s.funnel.transformation), all: funnelJson(s.funnel.all) },
      creditLineYuan: yuanString(s.creditLineYuan),
      creditLineIssuers: s.creditLineIssuers,
      creditByBank: s.creditByBank.map((b) => ({ bank: b.bank, creditLineYuan: yuanString(b.creditLineYuan), issuers: b.issuers })),
      ...(s.bySource ? { bySource: s.bySource.map(sourceJson) } : {}),
    },
  };
}

export type JsonReport = ReturnType<typeof jsonReport>;

/** One decision as it stands in the report's text: two levels in, after a comma unless it is the first. */
export function decisionText(d: Decision, first: boolean, trace: boolean, layered: boolean): string {
  return `${first ? "" : ",\n"}    ${JSON.stringify(decisionJson(d, trace, layered), null, 2).replace(/\n/g, "\n    ")}`;
}

/**
 * The report's text around its decisions: `head` + the decisions' texts +
 * `tail` (or `empty` when there are none) is `JSON.stringify(jsonReport(run),
 * null, 2)` and a line break. The summary stands after the decisions, so a
 * run can write its decisions first and the frame when it knows the totals.
 */
export function jsonReportFrame(run: Run, options: { trace?: boolean } = {}): { head: string; tail: string; empty: string } {
  const text = JSON.stringify(jsonReport({ ...run, decisions: [] }, options), null, 2);
  const marker = '"decisions": []';
  const at = text.indexOf(marker);
  return { head: `${text.slice(0, at)}"decisions": [\n`, tail: `\n  ]${text.slice(at + marker.length)}\n`, empty: `${text}\n` };
}

/**
 * The same text as `JSON.stringify(jsonReport(run, options), null, 2)` and a
 * line break, handed out in pieces of about `size` characters: the decisions
 * are written one at a time, so the whole text is never held.
 */
export function* jsonReportText(run: Run, options: { trace?: boolean } = {}, size = 1 << 16): Generator<string> {
  const layered = isLayered(run);
  const frame = jsonReportFrame(run, options);
  if (run.decisions.length === 0) {
    yield frame.empty;
    return;
  }
  let buffer = frame.head;
  for (let i = 0; i < run.decisions.length; i++) {
    buffer += decisionText(run.decisions[i]!, i === 0, options.trace ?? false, layered);
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  yield `${buffer}${frame.tail}`;
}
