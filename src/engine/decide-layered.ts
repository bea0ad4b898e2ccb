import { message, type Lang } from "../i18n";
import { Decimal, yuanDisplay } from "../money";
import { factSpec, type CompiledPack } from "../rules";
import type { IsoDate, TrackerRow } from "../tracker";
import type { Decision, LayerDecision, Reason } from "./decision";
import { compiledScope } from "./compiled-rules";
import { beforeRules, combine, decideLayer, decideLayerCompiled, describeRow, undecidedLayer, type Evaluator, type LayerContext } from "./decide-row";
import { withTranches } from "./tranches";
import { versionInForce, type PackFamily } from "./families";
import { threeValued } from "./kleene";
import { requirementReason, valueReason } from "./reasons";
import { rowFacts, type RowFacts } from "./row-facts";

export interface LayeredOptions {
  readonly lang: Lang;
  /** "compiled" (default) or the reference "json-rules-engine": the same decisions, by a differential test. */
  readonly evaluator?: Evaluator;
  /** `--as-of`: choose every pack's version by this date instead of the row's. */
  readonly asOf?: IsoDate | null;
  /** The date used for a row that gives none (the run's date). */
  readonly today: IsoDate;
}

/** The date that chooses a family's version for this row: --as-of, else the row's date fact, else today. */
function rowDate(row: TrackerRow, family: PackFamily, options: LayeredOptions): { date: IsoDate } | { unreadable: Reason } {
  if (options.asOf) return { date: options.asOf };
  const field = factSpec(family.dateFact)?.from[0];
  const parsed = field ? row.values[field] : undefined;
  if (parsed?.ok && typeof parsed.value === "string") return { date: parsed.value };
  if (parsed && !parsed.ok && parsed.code === "BAD_VALUE" && family.versions.length > 1 && field) {
    return { unreadable: valueReason(row, field, family.versions[0]!, options.lang)! };
  }
  return { date: options.today };
}

/** Three-valued: does the pack's `appliesTo` hold for the row? */
async function inScope(row: TrackerRow, pack: CompiledPack, lang: Lang, evaluator: Evaluator): Promise<{ applies: boolean | null; reasons: Reason[]; facts?: RowFacts }> {
  if (!pack.scope) return { applies: true, reasons: [] };
  const facts = rowFacts(row, pack);
  let conditions: unknown;
  if (evaluator === "compiled") conditions = compiledScope(pack)!(facts.values);
  else {
    const result = await pack.scope.run(facts.values);
    conditions = [...result.results, ...result.failureResults][0]!.conditions;
  }
  const tv = threeValued(conditions, facts.unknown);
  if (tv.outcome !== "unknown") return { applies: tv.outcome === "true", reasons: [], facts };
  const fields = new Set([...tv.dependsOn].flatMap((fact) => [...(facts.unknown.get(fact) ?? [])]));
  return { applies: null, reasons: [...fields].map((f) => valueReason(row, f, pack, lang)).filter((r): r is Reason => r !== null) };
}

/** A cut a run-wide limit makes to one family's layer of a row (see recipient-caps.ts). */
export interface Allowance {
  /** The most this layer may pay the row. */
  readonly yuan: Decimal;
  /** Why, as the row shows it. */
  readonly reason: Reason;
}

/**
 * Decide a row under every pack family: the version in force on the row's
 * date, if the pack applies to the row. The primary family (the first) always
 * gives the row a layer — ineligible when no version is in force or the row
 * is outside its scope; the others add a layer each where they apply. Layers
 * are decided in order, each after the ones under it are final: a layer that
 * requires another pays only where that one funds the row, a `base: {layer}`
 * line reads that layer's subsidy, and a `combinedCap` cuts the layer to what
 * the packs it requires leave. `allowances` are the cuts of run-wide limits
 * (a recipient's cap), by family id.
 */
export async function decideLayered(row: TrackerRow, families: readonly PackFamily[], options: LayeredOptions, allowances?: ReadonlyMap<string, Allowance>): Promise<Decision> {
  const layers: LayerDecision[] = [];
  /** The family of each layer, and what its pack requires of the packs under it. */
  const owners: Owner[] = [];
  const context: LayerContext = {
    layerOf: (id) => {
      const index = owners.findIndex((o) => o.family === id);
      return index >= 0 ? layers[index]! : null;
    },
  };
  const push = (family: PackFamily, requires: Requirement, layer: LayerDecision, pack?: CompiledPack) => {
    let decided = meetRequirement(layer, requires, layers, owners, options.lang);
    if (pack) decided = withinCombinedCap(decided, pack, requires, layers, owners, options.lang);
    const allowance = allowances?.get(family.id);
    if (allowance) decided = withinAllowance(decided, allowance);
    layers.push(pack ? withTranches(decided, pack, row, options) : decided);
    owners.push({ family: family.id, requires });
  };
  for (const [index, family] of families.entries()) {
    const primary = index === 0;
    let requires: Requirement = null;
    const dated = rowDate(row, family, options);
    if ("unreadable" in dated) {
      if (primary) push(family, requires, undecidedLayer(family.id, "invalid", [dated.unreadable]));
      continue;
    }
    const pack = versionInForce(family, dated.date);
    if (!pack) {
      // The order of statuses holds even here: an unreadable identity stays invalid, no agreement unmatched.
      const early = primary ? beforeRules(row, family.versions.at(-1)!, options.lang) : null;
      if (early && "decided" in early) push(family, requires, early.decided);
      else if (primary) {
        const text = message("NO_PACK_IN_FORCE", { id: family.id, date: dated.date, versions: family.versions.map((v) => v.version) }, options.lang);
        push(family, requires, undecidedLayer(family.id, "ineligible", [{ code: "NO_PACK_IN_FORCE", message: text, cell: row.cells[factSpec(family.dateFact)?.from[0] ?? "signedOn"] ?? null }]));
      }
      continue;
    }
    const name = `${pack.id}@${pack.version}`;
    requires = primary ? null : requirementOf(pack, families[0]!.id);
    const evaluator = options.evaluator ?? "compiled";
    const scope = await inScope(row, pack, options.lang, evaluator);
    if (scope.applies === false) {
      const early = primary ? beforeRules(row, pack, options.lang) : null;
      if (early && "decided" in early) push(family, requires, early.decided);
      else if (primary) push(family, requires, undecidedLayer(name, "ineligible", [{ code: "OUT_OF_SCOPE", message: message("OUT_OF_SCOPE", { pack: name }, options.lang), cell: null }]));
      continue;
    }
    if (scope.applies === null) {
      push(family, requires, undecidedLayer(name, "invalid", scope.reasons));
      continue;
    }
    // The facts read for the scope are the row's facts for the rules too.
    const layer = evaluator === "compiled" ? decideLayerCompiled(row, pack, options.lang, scope.facts, context) : await decideLayer(row, pack, options.lang, evaluator, scope.facts, context);
    push(family, requires, layer, pack);
  }
  return combine(describeRow(row), layers);
}

interface Owner {
  readonly family: string;
  readonly requires: Requirement;
}

/** What a pack needs of a pack under it to pay a row; null when it pays on its own. */
type Requirement = { readonly pack: string; readonly status: "funded" } | null;

/**
 * A pack says what it requires (`requires`); a pack with `appliesTo` and no
 * word on it requires the run's primary pack to fund the row (a city's top-up
 * on the region's subsidy); a pack for every row pays on its own.
 */
export function requirementOf(pack: CompiledPack, primaryId: string): Requirement {
  const requires = pack.pack.document.requires;
  if (requires !== undefined) return requires;
  return pack.scope ? { pack: primaryId, status: "funded" } : null;
}

/** A layer whose required pack did not fund the row pays nothing, and says why. */
function meetRequirement(layer: LayerDecision, requires: Requirement, layers: readonly LayerDecision[], owners: readonly Owner[], lang: Lang): LayerDecision {
  if (!requires || layer.status !== "funded") return layer;
  const index = owners.findIndex((o) => o.family === requires.pack);
  const required = index >= 0 ? layers[index]! : null;
  if (required && required.status === requires.status) return layer;
  return { ...layer, status: "ineligible", subsidyYuan: new Decimal(0), capped: false, reasons: [requirementReason(requires.pack, required, lang), ...layer.reasons] };
}

/** The layers a pack's requirement reaches: the pack it requires, the one that one requires, and so on. */
function requiredChain(requires: Requirement, layers: readonly LayerDecision[], owners: readonly Owner[]): LayerDecision[] {
  const chain: LayerDecision[] = [];
  const seen = new Set<string>();
  for (let next = requires; next && !seen.has(next.pack); ) {
    seen.add(next.pack);
    const index = owners.findIndex((o) => o.family === next!.pack);
    if (index < 0) break;
    chain.push(layers[index]!);
    next = owners[index]!.requires;
  }
  return chain;
}

/** `combinedCap`: this layer and the layers it requires pay at most the cap together; this layer is cut. */
function withinCombinedCap(layer: LayerDecision, pack: CompiledPack, requires: Requirement, layers: readonly LayerDecision[], owners: readonly Owner[], lang: Lang): LayerDecision {
  const name = pack.pack.document.combinedCap;
  if (name === undefined || layer.status !== "funded") return layer;
  const cap = pack.parameters.get(name)!;
  const under = requiredChain(requires, layers, owners).reduce((sum, l) => (l.status === "funded" ? sum.plus(l.subsidyYuan) : sum), new Decimal(0));
  const room = Decimal.max(cap.minus(under), 0);
  if (layer.subsidyYuan.lte(room)) return layer;
  const reason: Reason = {
    code: "COMBINED_CAP",
    message: message("COMBINED_CAP", { cap: yuanDisplay(cap), under: yuanDisplay(under), formula: yuanDisplay(layer.subsidyYuan), paid: yuanDisplay(room) }, lang),
    cell: null,
  };
  return cut(layer, room, reason);
}

/** A layer paid less than it would be: nothing paid is no longer funded (a layer that requires it pays nothing either). */
function cut(layer: LayerDecision, yuan: Decimal, reason: Reason): LayerDecision {
  if (yuan.isZero()) return { ...layer, status: "ineligible", subsidyYuan: yuan, reasons: [reason, ...layer.reasons] };
  return { ...layer, subsidyYuan: yuan, reasons: [reason, ...layer.reasons] };
}

function withinAllowance(layer: LayerDecision, allowance: Allowance): LayerDecision {
  if (layer.status !== "funded" || layer.subsidyYuan.lte(allowance.yuan)) return layer;
  return cut(layer, allowance.yuan, allowance.reason);
}
