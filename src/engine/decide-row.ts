import { JiebangError, message, type Lang } from "../i18n";
import { Decimal, round } from "../money";
import type { CompiledPack, EligibilityRule, FundingRule, Recipient } from "../rules";
import { validUscc } from "./payee";
import { checkUscc, fieldSpec, isPrePublication, type FieldName, type TrackerRow } from "../tracker";
import type { Decision, LayerDecision, Reason, RuleTrace, Status } from "./decision";
import { compiledRules, nodeResult, type EvaluatedNode } from "./compiled-rules";
import { threeValued, type ThreeValued } from "./kleene";
import { packReason, requirementReason, valueReason } from "./reasons";
import { rowFacts, type RowFacts } from "./row-facts";

function known<T>(parsed: { ok: true; value: T } | { ok: false }): T | null {
  return parsed.ok ? parsed.value : null;
}

/** The fields of a row whose values the decision shows, read or not. */
export function describeRow(row: TrackerRow) {
  const v = row.values;
  const location = known(v.issuerLocation);
  const investment = known(v.investment);
  const solvers = known(v.solver) ?? [];
  const places = known(v.solverLocation) ?? [];
  return {
    row: row.row,
    id: known(v.id),
    name: known(v.name),
    type: known(v.type),
    issuer: known(v.issuer),
    // The issuer's unified social credit code when valid: who the payment list pays, as a recipient cap counts it.
    issuerUscc: validUscc(known(v.issuerUscc)),
    solvers,
    solverInRegion: solvers.map((_, i) => places[i]?.inRegion ?? null),
    field: known(v.field),
    batch: known(v.batch),
    issuerLeagueCity: location?.leagueCity ?? null,
    investmentYuan: investment && !investment.yuan.isNegative() ? investment.yuan : null,
    // The funnel's stages: published unless its agreement cell says it is still a demand (征集中); agreed when it says matched.
    published: !isPrePublication(row.shown.matched),
    agreed: known(v.matched) === true,
    // A bank's credit line to the issuer (reported once per issuer, never paid on), and the issuer it counts for.
    issuerKey: row.creditIssuer ?? null,
    creditLineYuan: known(v.creditLine)?.yuan ?? null,
    creditBank: known(v.creditBank),
  };
}

/** Where a project was first reported, as a message names it: the file's sheet (the sheet alone when the run names no file). */
function placeOf(file: string, sheet: string, lang: Lang): string {
  if (lang === "zh-CN") return file ? `「${file}」的工作表「${sheet}」` : `工作表「${sheet}」`;
  return file ? `worksheet “${sheet}” of “${file}”` : `worksheet “${sheet}”`;
}

/** A row reporting again a project an earlier row reported: invalid, naming that row. */
function duplicateReason(row: TrackerRow, lang: Lang): Reason {
  const first = row.duplicateOf!;
  return { code: "DUPLICATE_PROJECT", message: message("DUPLICATE_PROJECT", { place: placeOf(first.file, first.sheet, lang), first: first.row }, lang), cell: row.cells.name ?? null };
}

function warningsOf(row: TrackerRow, pack: CompiledPack, lang: Lang): Reason[] {
  const warnings: Reason[] = (row.notes ?? []).map((note) => ({
    code: note.code,
    message: message(note.code, { ...note.params, ...(note.field ? { field: fieldSpec(note.field).label } : {}), cell: note.cell ?? "" }, lang),
    cell: note.cell,
    ...(note.field ? { field: note.field } : {}),
    ...(note.field ? { value: row.shown[note.field] ?? "" } : {}),
  }));
  // A project reported again, in a run that allows it: said, not invalid.
  if (row.duplicateOf?.allowed) warnings.push(duplicateReason(row, lang));
  // A credit line that cannot be read (no unit, not an amount) is left out of the summary, and said.
  const credit = row.values.creditLine;
  if (!credit.ok && credit.code === "BAD_VALUE") warnings.push(valueReason(row, "creditLine", pack, lang)!);
  const uscc = row.values.issuerUscc;
  if (uscc.ok && !checkUscc(uscc.value).valid) {
    warnings.push(packReason(pack, lang, "INVALID_USCC", { field: "issuerUscc", cell: row.cells.issuerUscc ?? null, value: uscc.value }));
  }
  return warnings;
}

function problems(row: TrackerRow, fields: readonly FieldName[], pack: CompiledPack, lang: Lang): Reason[] {
  return fields.map((f) => valueReason(row, f, pack, lang)).filter((r): r is Reason => r !== null);
}

function recipientOf(rule: FundingRule, row: TrackerRow): Recipient {
  if (typeof rule.recipient === "string") return rule.recipient;
  return rule.recipient[known(row.values.type) ?? "tech"];
}

export type RowDescription = ReturnType<typeof describeRow>;

/** A money fact's value as a Decimal; anything else (a boolean or text a pack assumed) is a pack error, not a crash. */
function moneyOf(value: unknown): Decimal {
  if (value instanceof Decimal) return value;
  if ((typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) || (typeof value === "number" && Number.isFinite(value))) return new Decimal(value);
  throw new JiebangError("PACK_BAD_MONEY_FACT", { value: JSON.stringify(value) });
}

/**
 * A row's decision from its layers, the primary pack's first. The row is
 * funded when any layer pays it; its line, recipient and cap are the primary
 * pack's when it pays, else the first paying layer's, while `subsidyYuan`
 * stays the primary pack's amount and `totalSubsidyYuan` sums every paying
 * layer. With several layers, the reasons are every layer's, each with its pack.
 */
export function combine(row: TrackerRow | RowDescription, layers: readonly LayerDecision[]): Decision {
  const base = "values" in row ? describeRow(row) : row;
  const primary = layers[0]!;
  if (layers.length === 1) {
    // One pack: the row's figures are its layer's (the hot path of a run; no sums to make).
    const paid = primary.status === "funded";
    return decisionOf(base, primary, primary, primary.reasons, primary.warnings, layers, paid ? primary : null);
  }
  const funded = layers.filter((l) => l.status === "funded");
  const sum = (amount: (l: LayerDecision) => Decimal) => funded.reduce((s, l) => s.plus(amount(l)), new Decimal(0));
  const totals = { subsidyYuan: sum((l) => l.subsidyYuan), dueYuan: sum((l) => l.dueYuan), notDueYuan: sum((l) => l.notDueYuan), reclaimYuan: sum((l) => l.reclaimYuan) };
  const reasons = layers.flatMap((l) => l.reasons.map((r) => ({ ...r, pack: l.pack })));
  // Every layer's warnings too, once each: the same cell's problem read by two packs is one problem.
  const seen = new Set<string>();
  const warnings = layers
    .flatMap((l) => l.warnings.map((w) => ({ ...w, pack: l.pack })))
    .filter((w) => {
      const key = `${w.code}\u0000${w.cell ?? ""}`;
      return !seen.has(key) && (seen.add(key), true);
    });
  const paying = primary.status === "funded" ? primary : (funded[0] ?? primary);
  return decisionOf(base, primary, paying, reasons, warnings, layers, totals);
}

/**
 * A decision built field by field (an object literal of one shape, not a
 * spread of two: a run makes one per row). Its own figures are the primary
 * layer's; its line, recipient and amounts the paying layer's; `totals` the
 * sums over the paying layers (null: nothing paid).
 */
function decisionOf(
  base: RowDescription,
  primary: LayerDecision,
  paying: LayerDecision,
  reasons: readonly Reason[],
  warnings: readonly Reason[],
  layers: readonly LayerDecision[],
  totals: { readonly subsidyYuan: Decimal; readonly dueYuan: Decimal; readonly notDueYuan: Decimal; readonly reclaimYuan: Decimal } | null,
): Decision {
  return {
    row: base.row,
    id: base.id,
    name: base.name,
    type: base.type,
    issuer: base.issuer,
    issuerUscc: base.issuerUscc,
    solvers: base.solvers,
    solverInRegion: base.solverInRegion,
    field: base.field,
    batch: base.batch,
    issuerLeagueCity: base.issuerLeagueCity,
    investmentYuan: base.investmentYuan,
    published: base.published,
    agreed: base.agreed,
    issuerKey: base.issuerKey,
    creditLineYuan: base.creditLineYuan,
    creditBank: base.creditBank,
    pack: primary.pack,
    status: paying.status === "funded" ? "funded" : primary.status,
    line: paying.line,
    rule: paying.rule,
    recipient: paying.recipient,
    recipientName: paying.recipientName,
    rate: paying.rate,
    baseYuan: paying.baseYuan,
    capYuan: paying.capYuan,
    formulaYuan: paying.formulaYuan,
    subsidyYuan: primary.subsidyYuan,
    capped: paying.capped,
    caseRef: paying.caseRef,
    tranches: primary.tranches,
    dueYuan: totals?.dueYuan ?? ZERO,
    notDueYuan: totals?.notDueYuan ?? ZERO,
    reclaimYuan: totals?.reclaimYuan ?? ZERO,
    reasons,
    warnings,
    trace: primary.trace,
    layers,
    totalSubsidyYuan: totals?.subsidyYuan ?? ZERO,
  };
}

/** The rules of a pack as judged for one row's facts, in three-valued logic, with their traces. */
export interface Judgement {
  readonly trace: readonly RuleTrace[];
  readonly eligibility: ReadonlyArray<{ readonly rule: EligibilityRule; readonly tv: ThreeValued }>;
  readonly funding: ReadonlyArray<{ readonly rule: FundingRule; readonly tv: ThreeValued }>;
}

type Evaluated = ReadonlyMap<string, { readonly fired: boolean; readonly conditions: unknown }>;

function judgementOf(pack: CompiledPack, evaluated: Evaluated, unknown: RowFacts["unknown"]): Judgement {
  const packName = `${pack.id}@${pack.version}`;
  const trace: RuleTrace[] = [];
  const judge = (kind: RuleTrace["kind"], name: string) => {
    const e = evaluated.get(name)!;
    const tv = threeValued(e.conditions, unknown);
    trace.push({ pack: packName, rule: name, kind, fired: e.fired, outcome: tv.outcome, conditions: tv.conditions });
    return tv;
  };
  const eligibility = pack.eligibility.map((rule) => ({ rule, tv: judge("eligibility", rule.name) }));
  const funding = pack.funding.map((rule) => ({ rule, tv: judge("funding", rule.name) }));
  return { trace, eligibility, funding };
}

/** The reference: json-rules-engine runs the pack's rules on the row's facts. */
export async function judgeWithEngine(pack: CompiledPack, facts: RowFacts): Promise<Judgement> {
  const result = await pack.engine.run(facts.values);
  const evaluated = new Map<string, { fired: boolean; conditions: unknown }>();
  for (const r of result.results) evaluated.set(r.name, { fired: true, conditions: r.conditions });
  for (const r of result.failureResults) evaluated.set(r.name, { fired: false, conditions: r.conditions });
  return judgementOf(pack, evaluated, facts.unknown);
}

const MEMO_LIMIT = 100_000;

/**
 * Judgements by the values of the facts the rules read, one level a fact, in
 * the pack's order of facts. true, false, null and "unknown" (a fact the row
 * leaves unknown, which no value can be) each have their own slot; other
 * primitives are their own key in a Map, which tells "1" from 1; a list is
 * looked up by its JSON in a Map of its own. So a row's lookup makes no
 * string and no garbage: this is on every row's path.
 */
interface MemoNode {
  yes: MemoNode | Judgement | undefined;
  no: MemoNode | Judgement | undefined;
  none: MemoNode | Judgement | undefined;
  unknown: MemoNode | Judgement | undefined;
  readonly values: Map<unknown, MemoNode | Judgement>;
  objects: Map<string, MemoNode | Judgement> | undefined;
}

const memoNode = (): MemoNode => ({ yes: undefined, no: undefined, none: undefined, unknown: undefined, values: new Map(), objects: undefined });

interface Memo {
  readonly rules: ReturnType<typeof compiledRules>;
  root: MemoNode;
  size: number;
}

const memos = new WeakMap<CompiledPack, Memo>();

type Slot = "yes" | "no" | "none" | "unknown";

/** The slot a fact's value is kept in, or null for a value kept in one of the node's maps. */
function slotOf(value: unknown, isUnknown: boolean): Slot | null {
  if (isUnknown) return "unknown";
  if (value === true) return "yes";
  if (value === false) return "no";
  return value === null ? "none" : null;
}

/**
 * The same judgement from the pack's compiled conditions, synchronously; a
 * judgement depends only on the facts the rules read (and which of them are
 * unknown), so each distinct combination is judged once per run.
 */
export function judgeCompiled(pack: CompiledPack, facts: RowFacts): Judgement {
  let memo = memos.get(pack);
  if (!memo) memos.set(pack, (memo = { rules: compiledRules(pack), root: memoNode(), size: 0 }));
  const names = memo.rules.facts;
  // A pack whose rules read no fact: one judgement for every row.
  if (names.length === 0) return judgeAll(pack, memo.rules, facts);
  const unknown = facts.unknown.size > 0 ? facts.unknown : null;
  const values = facts.values;
  const last = names.length - 1;
  let node = memo.root;
  for (let i = 0; ; i++) {
    const fact = names[i]!;
    const value = values[fact];
    const slot = slotOf(value, unknown !== null && unknown.has(fact));
    let map: Map<unknown, MemoNode | Judgement> | null = null;
    let key: unknown = value;
    let next: MemoNode | Judgement | undefined;
    if (slot !== null) next = node[slot];
    else if (typeof value === "object") {
      map = node.objects ??= new Map();
      key = JSON.stringify(value);
      next = map.get(key as string);
    } else {
      map = node.values;
      next = map.get(value);
    }
    if (next === undefined) {
      if (i === last) {
        const judgement = judgeAll(pack, memo.rules, facts);
        if (memo.size >= MEMO_LIMIT) {
          memo.root = memoNode();
          memo.size = 0;
          return judgement;
        }
        memo.size++;
        next = judgement;
      } else next = memoNode();
      if (map !== null) map.set(key, next);
      else node[slot!] = next;
    }
    if (i === last) return next as Judgement;
    node = next as MemoNode;
  }
}

function judgeAll(pack: CompiledPack, rules: ReturnType<typeof compiledRules>, facts: RowFacts): Judgement {
  const evaluated = new Map<string, { fired: boolean; conditions: EvaluatedNode }>();
  for (const rule of rules.rules) {
    const conditions = rule.evaluate(facts.values);
    evaluated.set(rule.name, { fired: nodeResult(conditions), conditions });
  }
  return judgementOf(pack, evaluated, facts.unknown);
}

export type Evaluator = "compiled" | "json-rules-engine";

/**
 * Decide one row under one pack: one layer of its decision. Precedence:
 * id/type/issuer/agreement unreadable → invalid; not matched → unmatched;
 * investment or solver missing or unreadable → invalid; then the pack's
 * eligibility rules → ineligible; then its funding lines → pending or funded.
 * Rule results are read in three-valued logic so that a missing fact blocks
 * only a decision it can change.
 */
export async function decideLayer(row: TrackerRow, pack: CompiledPack, lang: Lang, evaluator: Evaluator = "json-rules-engine", facts?: RowFacts, context?: LayerContext): Promise<LayerDecision> {
  const early = beforeRules(row, pack, lang, facts);
  if ("decided" in early) return early.decided;
  const judgement = evaluator === "compiled" ? judgeCompiled(pack, early.facts) : await judgeWithEngine(pack, early.facts);
  return afterRules(row, pack, lang, early.facts, judgement, context);
}

/** Decide one row under one pack with the compiled rules, synchronously. */
export function decideLayerCompiled(row: TrackerRow, pack: CompiledPack, lang: Lang, facts?: RowFacts, context?: LayerContext): LayerDecision {
  const early = beforeRules(row, pack, lang, facts);
  if ("decided" in early) return early.decided;
  return afterRules(row, pack, lang, early.facts, judgeCompiled(pack, early.facts), context);
}

/** What a layer may read of the layers decided under it on the same row. */
export interface LayerContext {
  /** The layer the pack with this id gave the row, when it is in the run and under this one. */
  readonly layerOf: (packId: string) => LayerDecision | null;
}

/** A layer with no funding line: the status and its reasons, nothing paid. */
export function undecidedLayer(pack: string, status: Status, reasons: readonly Reason[], warnings: readonly Reason[] = [], trace: readonly RuleTrace[] = []): LayerDecision {
  return { ...emptyLayer(pack), status, reasons, warnings, trace };
}

function emptyLayer(pack: string) {
  return {
    pack,
    line: null,
    rule: null,
    recipient: null,
    recipientName: null,
    rate: null,
    baseYuan: null,
    capYuan: null,
    formulaYuan: null,
    subsidyYuan: ZERO,
    capped: false,
    caseRef: null,
    tranches: null,
    dueYuan: ZERO,
    notDueYuan: ZERO,
    reclaimYuan: ZERO,
  };
}

const ZERO = new Decimal(0);

/** What is decided before any rule runs: unreadable identity → invalid, no agreement → unmatched, no basis → invalid. */
export function beforeRules(row: TrackerRow, pack: CompiledPack, lang: Lang, facts?: RowFacts): { decided: LayerDecision } | { facts: RowFacts } {
  const stop = (status: Status, reasons: Reason[]): { decided: LayerDecision } => ({
    decided: undecidedLayer(`${pack.id}@${pack.version}`, status, reasons, warningsOf(row, pack, lang)),
  });
  const identity = problems(row, ["id", "type", "issuer", "matched"], pack, lang);
  if (identity.length > 0) return stop("invalid", identity);
  // A project already reported by an earlier row (of this tracker or an earlier source) is decided once, there.
  if (row.duplicateOf && !row.duplicateOf.allowed) return stop("invalid", [duplicateReason(row, lang)]);
  if (known(row.values.matched) === false) {
    return stop("unmatched", [packReason(pack, lang, "NOT_MATCHED", { cell: row.cells.matched ?? null, value: row.shown.matched ?? "" })]);
  }
  const basis = problems(row, ["investment", "solver"], pack, lang);
  if (basis.length > 0) return stop("invalid", basis);
  return { facts: facts ?? rowFacts(row, pack) };
}

/** What the rules decide: ineligible, invalid on a missing fact that matters, pending, or funded with its amounts. */
function afterRules(row: TrackerRow, pack: CompiledPack, lang: Lang, facts: RowFacts, judgement: Judgement, context?: LayerContext): LayerDecision {
  const warnings = warningsOf(row, pack, lang);
  const empty = emptyLayer(`${pack.id}@${pack.version}`);
  const trace = judgement.trace;
  const stop = (status: Status, reasons: Reason[]): LayerDecision => undecidedLayer(empty.pack, status, reasons, warnings, trace);
  const unknownReasons = (dependsOn: ReadonlySet<string>): Reason[] => {
    const fields = new Set<FieldName>();
    for (const fact of dependsOn) for (const field of facts.unknown.get(fact) ?? []) fields.add(field);
    return problems(row, [...fields], pack, lang);
  };
  const { eligibility, funding } = judgement;

  const failed = eligibility.filter((e) => e.tv.outcome === "false");
  if (failed.length > 0) return stop("ineligible", failed.map((e) => packReason(pack, lang, e.rule.reason, { rule: e.rule.name })));
  const undecided = eligibility.filter((e) => e.tv.outcome === "unknown");
  if (undecided.length > 0) return stop("invalid", unknownReasons(new Set(undecided.flatMap((e) => [...e.tv.dependsOn]))));

  const applying = funding.filter((f) => f.tv.outcome === "true");
  if (applying.length === 0) {
    const open = funding.filter((f) => f.tv.outcome === "unknown");
    if (open.length > 0) return stop("invalid", unknownReasons(new Set(open.flatMap((f) => [...f.tv.dependsOn]))));
    return stop("ineligible", [packReason(pack, lang, "NO_FUNDING_LINE")]);
  }
  if (applying.length > 1) warnings.push(packReason(pack, lang, "FUNDING_LINES_OVERLAP", { rule: applying.map((f) => f.rule.name).join(", ") }));
  const rule = applying[0]!.rule;
  const recipient = recipientOf(rule, row);
  const recipientName = recipient === "issuer" ? known(row.values.issuer) : (known(row.values.solver)?.[0] ?? null);
  const line = { line: rule.line, rule: rule.name, recipient, recipientName };

  if (rule.caseByCase) {
    const amount = row.values.caseAmount;
    const ref = row.values.caseRef;
    if (!amount.ok && amount.code === "BAD_VALUE") return stop("invalid", problems(row, ["caseAmount"], pack, lang));
    if (!amount.ok || !ref.ok) {
      return { ...empty, ...line, caseRef: known(ref), status: "pending", reasons: [packReason(pack, lang, "CASE_BY_CASE_PENDING", { rule: rule.name })], warnings, trace };
    }
    return { ...empty, ...line, subsidyYuan: amount.value.yuan, caseRef: ref.value, status: "funded", reasons: [], warnings, trace };
  }

  const caseAmount = row.values.caseAmount;
  if (caseAmount.ok) warnings.push(packReason(pack, lang, "CASE_AMOUNT_IGNORED", { field: "caseAmount", cell: row.cells.caseAmount ?? null }));
  const cap = pack.parameters.get(rule.cap!)!;
  let baseAmount: Decimal;
  if (typeof rule.base === "object") {
    // A match on another pack's subsidy: that pack must have funded the row, under this one.
    const under = context?.layerOf(rule.base.layer) ?? null;
    if (under?.status !== "funded") return stop("ineligible", [requirementReason(rule.base.layer, under, lang)]);
    baseAmount = under.subsidyYuan;
  } else {
    const baseFact = rule.base ?? "investment";
    if (facts.unknown.has(baseFact)) return stop("invalid", unknownReasons(new Set([baseFact])));
    baseAmount = moneyOf(facts.values[baseFact]);
  }
  const rate = rule.tiers ? null : pack.parameters.get(rule.rate!)!;
  const formula = round(rule.tiers ? tiered(baseAmount, rule.tiers, pack) : rate!.times(baseAmount), pack.pack.document.rounding);
  // A pack can never pay a negative amount: a base below zero is refused (rules check refuses such assumptions).
  if (baseAmount.isNegative() || formula.isNegative()) throw new JiebangError("PACK_NEGATIVE_AMOUNT", { pack: `${pack.id}@${pack.version}`, rule: rule.name, base: baseAmount.toFixed() });
  const capped = formula.gt(cap);
  return {
    ...empty,
    ...line,
    rate,
    baseYuan: baseAmount,
    capYuan: cap,
    formulaYuan: formula,
    subsidyYuan: capped ? cap : formula,
    capped,
    caseRef: null,
    status: "funded",
    reasons: [],
    warnings,
    trace,
  };
}

/**
 * A progressive rate, like income-tax brackets: each tier's rate applies to
 * the part of the base between the tier below's `upTo` and its own; the last
 * tier takes the rest. Exact; the caller rounds once.
 */
export function tiered(base: Decimal, tiers: NonNullable<FundingRule["tiers"]>, pack: CompiledPack): Decimal {
  let total = new Decimal(0);
  let floor = new Decimal(0);
  for (const tier of tiers) {
    if (base.lte(floor)) break;
    const top = tier.upTo === undefined ? base : Decimal.min(base, pack.parameters.get(tier.upTo)!);
    total = total.plus(pack.parameters.get(tier.rate)!.times(top.minus(floor)));
    if (tier.upTo === undefined) break;
    floor = Decimal.max(floor, pack.parameters.get(tier.upTo)!);
  }
  return total;
}
