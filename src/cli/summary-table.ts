import type { Lang } from "../i18n";
import { yuanDisplay } from "../money";
import { FUNNEL_HEADERS, funnelLines, sourceLabel, sourceLabels, STATUS_LABELS, SUMMARY_LABELS, TYPE_LABELS, type Run } from "../report";
import { renderTable } from "./table";

const TEXT = {
  title: { "zh-CN": "工作表「{sheet}」（{file}，表头第 {row} 行），规则包 {packs}", en: "Worksheet “{sheet}” ({file}, header row {row}), rule pack {packs}" },
  id: { "zh-CN": "项目编号", en: "Project ID" },
  row: { "zh-CN": "行", en: "Row" },
  type: { "zh-CN": "类型", en: "Type" },
  status: { "zh-CN": "判定", en: "Status" },
  subsidy: { "zh-CN": "财政补助（元）", en: "Subsidy (yuan)" },
  reason: { "zh-CN": "原因", en: "Reason" },
  item: { "zh-CN": "汇总", en: "Summary" },
  value: { "zh-CN": "数值", en: "Value" },
  capped: { "zh-CN": "* 按上限封顶", en: "* capped" },
  more: { "zh-CN": "……另有 {n} 行，见审计工作簿", en: "… {n} more rows in the audited workbook" },
  consolidated: { "zh-CN": "合并判定 {count} 个台账，规则包 {packs}", en: "{count} trackers decided together, rule pack {packs}" },
  source: { "zh-CN": "来源", en: "Source" },
  skipped: { "zh-CN": "已跳过", en: "skipped" },
} as const;

const MAX_LISTED_ROWS = 40;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The readable terminal summary of a run: the rows (up to 40) and the totals. */
export function summaryText(run: Run, lang: Lang): string {
  const s = run.summary;
  const t = (key: keyof typeof TEXT) => TEXT[key][lang];
  const packs = run.packs.map((p) => `${p.id}@${p.version}`).join(", ");
  const labels = sourceLabels(run);
  const title = labels
    ? t("consolidated").replace("{count}", String(labels.length)).replace("{packs}", packs)
    : t("title").replace("{sheet}", run.tracker.sheet).replace("{file}", run.input.file).replace("{row}", String(run.tracker.headerRow)).replace("{packs}", packs);
  const listed = run.decisions.slice(0, MAX_LISTED_ROWS);
  const rows = renderTable(
    [...(labels ? [t("source")] : []), t("row"), t("id"), t("type"), t("status"), t("subsidy"), t("reason")],
    listed.map((d) => [
      ...(labels ? [truncate(labels[d.source ?? 0] ?? "", 30)] : []),
      String(d.row),
      d.id ?? "",
      d.type ? TYPE_LABELS[d.type][lang] : "",
      STATUS_LABELS[d.status][lang],
      d.status === "funded" ? yuanDisplay(d.totalSubsidyYuan) + (d.capped ? " *" : "") : "",
      truncate(d.reasons[0]?.message ?? "", 40),
    ]),
    [...(labels ? (["left"] as const) : []), "right", "left", "left", "left", "right", "left"],
  );
  const more = s.rows > listed.length ? `\n${t("more").replace("{n}", String(s.rows - listed.length))}` : "";
  const l = SUMMARY_LABELS;
  const totals = renderTable(
    [t("item"), t("value")],
    [
      [l.rows[lang], String(s.rows)],
      ...(["funded", "pending", "ineligible", "unmatched", "invalid"] as const).map((status) => [STATUS_LABELS[status][lang], String(s.counts[status])]),
      ...(s.duplicates > 0 ? [[l.duplicates[lang], String(s.duplicates)]] : []),
      [l.investment[lang], yuanDisplay(s.investmentYuan)],
      [l.subsidy[lang], yuanDisplay(s.subsidyYuan)],
      // Lines paid in tranches: what of the total is due now and what later (they add up to it), and what is to come back.
      ...(s.tranches
        ? [
            [l.due[lang], yuanDisplay(s.dueYuan)],
            [l.notDue[lang], yuanDisplay(s.notDueYuan)],
            [l.reclaim[lang], yuanDisplay(s.reclaimYuan)],
          ]
        : []),
      [l.solverUnits[lang], String(s.solverUnits)],
      [l.outOfRegion[lang], String(s.outOfRegionSolverUnits)],
      [l.outOfRegionShare[lang], `${s.outOfRegionShare.times(100).toFixed(1)}%`],
      // Bank credit lines, each issuer once: shown when the tracker states any.
      ...(s.creditLineIssuers > 0
        ? [
            [l.creditLine[lang], yuanDisplay(s.creditLineYuan)],
            [l.creditIssuers[lang], String(s.creditLineIssuers)],
            ...s.creditByBank.map((b) => [`${l.creditBank[lang]}：${b.bank ?? l.unknown[lang]}（${b.issuers}）`, yuanDisplay(b.creditLineYuan)]),
          ]
        : []),
    ],
    ["left", "right"],
  );
  const funnel = renderTable(
    FUNNEL_HEADERS.map((h) => h[lang]),
    funnelLines(s.funnel, lang).map(({ label, stage: g }) => [label, String(g.rows), String(g.published), String(g.agreed), String(g.funded), yuanDisplay(g.subsidyYuan)]),
    ["left", "right", "right", "right", "right", "right"],
  );
  const legend = listed.some((d) => d.capped) ? `\n${t("capped")}` : "";
  const bySource = labels && s.bySource ? `${l.bySource[lang]}\n${sourceTable(run, labels, lang)}\n` : "";
  return `${title}\n${rows}${legend}${more}\n${totals}\n${bySource}${l.funnel[lang]}\n${funnel}\n`;
}

/** A consolidated run's sources: each one's projects, funded rows and subsidy, the total, and the sources skipped. */
function sourceTable(run: Run, labels: readonly string[], lang: Lang): string {
  const l = SUMMARY_LABELS;
  const by = run.summary.bySource ?? [];
  const lines = by.map((b, i) => [labels[i]!, String(b.rows), String(b.counts.funded), yuanDisplay(b.subsidyYuan)]);
  lines.push([l.total[lang], String(run.summary.rows), String(run.summary.counts.funded), yuanDisplay(run.summary.subsidyYuan)]);
  for (const k of run.skippedSources ?? []) lines.push([sourceLabel(k, lang), TEXT.skipped[lang], "", ""]);
  return renderTable([l.source[lang], l.groupRows[lang], l.groupFunded[lang], l.subsidy[lang]], lines, ["left", "right", "right", "right"]);
}
