import type { Lang } from "../i18n";
import { Decimal, percent, yuanInWords } from "../money";
import { conditionWords, eligibilitySentence, factSpec, fundingSentence, LINE_LABELS, valueWords, type RulePack, type RulePackDocument } from "../rules";

/**
 * A pack in words: what `rules explain` prints and what the audited
 * workbook's Rules sheet shows. Each entry keeps its id (`name`, `fact`,
 * `id`: what a policy team writes in the pack's JSON and what `rules check`
 * names) beside its words (label, description, value as the tracker shows
 * it); the terminal prints both, the workbook only the words.
 */
export interface Explanation {
  readonly heading: string;
  readonly facts: ReadonlyArray<readonly [string, string]>;
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly label: string; readonly value: string; readonly unit: string; readonly reference: string }>;
  /** `kind`: 资格条件, or 资助条线 with its line in words (资助条线（技术攻关类）). */
  readonly rules: ReadonlyArray<{ readonly kind: string; readonly name: string; readonly sentence: string; readonly description: string }>;
  /** `label`: the fact's label (its name when the tracker model does not know it); `words`: the value as the tracker shows it (否). */
  readonly assumptions: ReadonlyArray<{ readonly fact: string; readonly label: string; readonly value: string; readonly words: string; readonly description: string }>;
  /**
   * `labels`: the forbidden facts the tracker model knows, by label;
   * `unlabeled`: how many it does not know (a guard forbids facts no tracker
   * column holds, so these have no label: the description says what they are).
   */
  readonly guards: ReadonlyArray<{ readonly id: string; readonly facts: readonly string[]; readonly labels: readonly string[]; readonly unlabeled: number; readonly description: string }>;
}

const L = {
  pack: { "zh-CN": "规则包", en: "Rule pack" },
  title: { "zh-CN": "名称", en: "Title" },
  jurisdiction: { "zh-CN": "适用地区", en: "Jurisdiction" },
  source: { "zh-CN": "政策依据", en: "Source document" },
  issuedBy: { "zh-CN": "发布机关", en: "Issued by" },
  issued: { "zh-CN": "发布时间", en: "Issued" },
  effective: { "zh-CN": "有效期", en: "In force" },
  openEnded: { "zh-CN": "至今", en: "open-ended" },
  appliesTo: { "zh-CN": "适用范围", en: "Applies to" },
  layer: { "zh-CN": "与其下规则包的关系", en: "Relation to the packs under it" },
  requiresPack: { "zh-CN": "在规则包 {pack} 的补助之外另行配套：仅 {pack} 予以资助的项目才补助", en: "a top-up beyond pack {pack}'s subsidy: only projects {pack} funds are paid" },
  matchesPack: { "zh-CN": "按规则包 {pack} 补助的 {rate} 配套：仅 {pack} 予以资助的项目才补助", en: "a match of {rate} of pack {pack}'s subsidy: only projects {pack} funds are paid" },
  combinedCap: { "zh-CN": "与其下规则包合计", en: "Together with the packs under it" },
  combinedCapWords: { "zh-CN": "每个项目合计最高 {cap}，超出部分从本规则包的补助中扣减", en: "at most {cap} per project in all; this pack's subsidy is cut to fit" },
  failure: { "zh-CN": "验收未通过或终止", en: "Failed or terminated" },
  tolerant: { "zh-CN": "容许失败：已拨付的款项不予追回，验收后各期取消", en: "failure is tolerated: what was due is kept; the tranches after acceptance are cancelled" },
  reclaims: { "zh-CN": "已拨付的款项应予追回，验收后各期取消", en: "what was due is to be returned; the tranches after acceptance are cancelled" },
  standsAlone: { "zh-CN": "独立补助：不以其下规则包的资助为前提", en: "pays on its own: not conditional on the packs under it" },
  everyRow: { "zh-CN": "全部项目", en: "every project" },
  rounding: { "zh-CN": "舍入", en: "Rounding" },
  note: { "zh-CN": "说明", en: "Note" },
  illustration: { "zh-CN": "示例规则包（非正式政策）", en: "Illustrative pack (not an official rule set)" },
  sha256: { "zh-CN": "SHA-256", en: "SHA-256" },
  eligibility: { "zh-CN": "资格条件", en: "Eligibility" },
  funding: { "zh-CN": "资助条线", en: "Funding line" },
  fundingOf: { "zh-CN": "资助条线（{line}）", en: "Funding line ({line})" },
  ratio: { "zh-CN": "比例", en: "ratio" },
  yuan: { "zh-CN": "元", en: "yuan" },
  date: { "zh-CN": "日期", en: "date" },
  roundingModes: {
    "half-up": { "zh-CN": "四舍五入", en: "half up" },
    "half-even": { "zh-CN": "四舍六入五成双", en: "half even" },
    "half-down": { "zh-CN": "五舍六入", en: "half down" },
    down: { "zh-CN": "舍去", en: "down" },
    up: { "zh-CN": "进位", en: "up" },
  },
} as const;

function roundingWords(places: number, mode: keyof typeof L.roundingModes, lang: Lang): string {
  const unit = places === 2 ? (lang === "zh-CN" ? "分" : "the fen") : places === 1 ? (lang === "zh-CN" ? "角" : "the jiao") : lang === "zh-CN" ? "元" : "the yuan";
  return lang === "zh-CN" ? `先按比例计算，${L.roundingModes[mode][lang]}到${unit}，再适用上限` : `percentage first, rounded ${L.roundingModes[mode][lang]} to ${unit}, then the cap`;
}

/** 在自治区补助之外另行配套, 按自治区补助的 x% 配套, or 独立补助. */
function relationWords(doc: RulePackDocument, lang: Lang): string {
  if (doc.requires === null) return L.standsAlone[lang];
  // A pack with `appliesTo` and no `requires` requires the run's primary pack (nmg, the region's) to fund the row.
  const pack = doc.requires?.pack ?? "nmg";
  const rates = doc.funding.filter((r) => typeof r.base === "object" && r.rate !== undefined && Object.hasOwn(doc.parameters, r.rate)).map((r) => percent(new Decimal(doc.parameters[r.rate!]!.value)));
  if (rates.length > 0) return L.matchesPack[lang].replaceAll("{pack}", pack).replace("{rate}", [...new Set(rates)].join(lang === "zh-CN" ? "、" : " or "));
  return L.requiresPack[lang].replaceAll("{pack}", pack);
}

export function explainPack(pack: RulePack, lang: Lang): Explanation {
  const doc = pack.document;
  const facts: Array<readonly [string, string]> = [
    [L.title[lang], doc.title[lang]],
    [L.jurisdiction[lang], doc.jurisdiction[lang]],
    [L.source[lang], doc.source.title[lang]],
    [L.issuedBy[lang], doc.source.issuedBy[lang]],
    [L.issued[lang], doc.source.issued],
    [L.effective[lang], `${doc.effective.from} – ${doc.effective.to ?? L.openEnded[lang]}`],
    [L.appliesTo[lang], doc.appliesTo ? conditionWords(doc.appliesTo, doc, lang) : L.everyRow[lang]],
    // A pack with `appliesTo` and no `requires` requires the run's primary pack (nmg, the region's) to fund the row.
    ...(doc.requires !== undefined || doc.appliesTo ? [[L.layer[lang], relationWords(doc, lang)] as const] : []),
    ...(doc.combinedCap !== undefined && Object.hasOwn(doc.parameters, doc.combinedCap)
      ? [[L.combinedCap[lang], L.combinedCapWords[lang].replace("{cap}", yuanInWords(new Decimal(doc.parameters[doc.combinedCap]!.value), lang))] as const]
      : []),
    ...(doc.funding.some((r) => r.tranches?.some((t) => t.when === "acceptance")) ? [[L.failure[lang], doc.failureTolerance ? L.tolerant[lang] : L.reclaims[lang]] as const] : []),
    [L.rounding[lang], roundingWords(doc.rounding.places, doc.rounding.mode, lang)],
    [L.sha256[lang], pack.sha256],
  ];
  if (doc.illustration) facts.push([L.note[lang], L.illustration[lang]]);
  if (doc.source.note) facts.push([L.note[lang], doc.source.note[lang]]);
  return {
    heading: `${L.pack[lang]} ${doc.id}@${doc.version}`,
    facts,
    parameters: Object.entries(doc.parameters).map(([name, p]) => ({
      name,
      label: p.label[lang],
      value: p.unit === "yuan" ? yuanInWords(new Decimal(p.value), lang) : p.unit === "ratio" ? percent(new Decimal(p.value)) : p.value,
      unit: L[p.unit][lang],
      reference: p.reference?.[lang] ?? "",
    })),
    rules: [
      ...doc.eligibility.map((r) => ({ kind: L.eligibility[lang], name: r.name, sentence: eligibilitySentence(r, doc, lang), description: r.description[lang] })),
      ...doc.funding.map((r) => ({ kind: L.fundingOf[lang].replace("{line}", LINE_LABELS[r.line][lang]), name: r.name, sentence: fundingSentence(r, doc, lang), description: r.description[lang] })),
    ],
    assumptions: Object.entries(doc.assumptions ?? {}).map(([fact, a]) => ({
      fact,
      label: factSpec(fact)?.label[lang] ?? fact,
      value: String(a.value),
      words: valueWords(fact, a.value, doc, lang),
      description: a.description[lang],
    })),
    guards: (doc.guards ?? []).map((g) => {
      const labels = g.forbiddenFacts.flatMap((f) => factSpec(f)?.label[lang] ?? []);
      return { id: g.id, facts: g.forbiddenFacts, labels, unlabeled: g.forbiddenFacts.length - labels.length, description: g.description[lang] };
    }),
  };
}

const MD = {
  parameters: { "zh-CN": "参数", en: "Parameters" },
  rules: { "zh-CN": "规则", en: "Rules" },
  assumptions: { "zh-CN": "缺失值的约定", en: "Assumptions for missing values" },
  guards: { "zh-CN": "政策约束", en: "Policy guards" },
  head: { "zh-CN": ["参数", "含义", "取值", "单位", "依据"], en: ["Parameter", "Meaning", "Value", "Unit", "Reference"] },
} as const;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The explanation as a Markdown document a policy officer can read and sign off. */
export function explanationMarkdown(e: Explanation, lang: Lang): string {
  const lines = [`# ${e.heading}`, "", ...e.facts.map(([k, v]) => `- **${k}**：${v}`.replace("：", lang === "zh-CN" ? "：" : ": ")), ""];
  lines.push(`## ${MD.parameters[lang]}`, "", `| ${MD.head[lang].join(" | ")} |`, `|${" --- |".repeat(5)}`);
  for (const p of e.parameters) lines.push(`| \`${p.name}\` | ${cell(p.label)} | ${cell(p.value)} | ${p.unit} | ${cell(p.reference)} |`);
  lines.push("", `## ${MD.rules[lang]}`, "");
  for (const r of e.rules) lines.push(`### ${r.kind}：${r.name}`.replace("：", lang === "zh-CN" ? "：" : ": "), "", r.sentence, "", `> ${r.description}`, "");
  if (e.assumptions.length > 0) {
    lines.push(`## ${MD.assumptions[lang]}`, "");
    for (const a of e.assumptions) lines.push(`- \`${a.fact}\`（${a.label}）= ${a.words}：${a.description}`.replace("（", lang === "zh-CN" ? "（" : " (").replace("）", lang === "zh-CN" ? "）" : ")").replace("：", lang === "zh-CN" ? "：" : ": "));
    lines.push("");
  }
  if (e.guards.length > 0) {
    lines.push(`## ${MD.guards[lang]}`, "");
    for (const g of e.guards) lines.push(`- **${g.id}**（${g.facts.join(", ")}）：${g.description}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
