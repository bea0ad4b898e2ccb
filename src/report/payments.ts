import { payeeKey, type Decision } from "../engine";
import { fillTemplate, type Lang, type Localized } from "../i18n";
import { Decimal, yuanString } from "../money";
import { RECIPIENT_LABELS, type Recipient } from "../rules";
import { PAYMENT_LABELS, SHEET_NAMES } from "./labels";
import type { OutCell, OutRow } from "./workbook-model";

/**
 * The payment list (拨付清单): what finance transfers, one line per
 * recipient. Each funded row gives an item per paying pack (its recipient,
 * the row's project id, the pack's amount and approval reference); the items,
 * sorted by recipient (`byPayee`), are added up into lines a recipient at a
 * time (`PaymentList`), so only one recipient's line is held however many
 * rows a run has. Rows still pending are listed under the total, with
 * nothing to pay.
 */

/** One amount a funded row pays one recipient. */
export interface PaymentItem {
  /** Who is paid (payeeKey); "" when the row names nobody. */
  readonly key: string;
  readonly name: string | null;
  readonly uscc: string | null;
  readonly recipient: Recipient | null;
  readonly source?: number;
  readonly row: number;
  /** The paying pack's place among the row's layers: one row may pay one recipient from two packs. */
  readonly layer: number;
  readonly id: string | null;
  readonly caseRef: string | null;
  /** The amount decided in yuan, as a decimal string (what the Funding sheet's subsidy column adds up). */
  readonly yuan: string;
  /** Of it: payable now, not yet due (a tranche whose stage is not reached), and to be returned (see LayerDecision). */
  readonly due: string;
  readonly notDue: string;
  readonly reclaim: string;
}

/** A row still pending: listed under the payment list's total, with nothing to pay. */
export interface PendingItem {
  readonly source?: number;
  readonly row: number;
  readonly id: string | null;
  readonly name: string | null;
  readonly recipientName: string | null;
  readonly why: string;
}

/** What a funded row pays, per paying pack: their amounts add up to the row's total on the Funding sheet. */
export function paymentItemsOf(d: Decision): PaymentItem[] {
  if (d.status !== "funded") return [];
  const source = d.source === undefined ? {} : { source: d.source };
  const items: PaymentItem[] = [];
  d.layers.forEach((layer, i) => {
    if (layer.status !== "funded" || layer.subsidyYuan.isZero()) return;
    const uscc = layer.recipient === "issuer" ? d.issuerUscc : null;
    const key = payeeKey(layer.recipient, layer.recipientName, uscc) ?? "";
    items.push({
      key,
      name: layer.recipientName,
      uscc,
      recipient: layer.recipient,
      ...source,
      row: d.row,
      layer: i,
      id: d.id,
      caseRef: layer.caseRef,
      yuan: yuanString(layer.subsidyYuan),
      due: yuanString(layer.dueYuan),
      notDue: yuanString(layer.notDueYuan),
      reclaim: yuanString(layer.reclaimYuan),
    });
  });
  return items;
}

/**
 * A row still pending, or a funded row with a pack still pending (a
 * case-by-case top-up awaiting its approval), as a line under the payment
 * list; null for any other row. With several packs, each reason names its pack.
 */
export function pendingItemOf(d: Decision): PendingItem | null {
  const layered = d.layers.length > 1;
  const pending = d.layers.filter((l) => l.status === "pending");
  if (d.status !== "pending" && !(d.status === "funded" && pending.length > 0)) return null;
  const reasons = layered ? pending.flatMap((l) => l.reasons.map((r) => `${l.pack}：${r.message}`)) : d.reasons.map((r) => r.message);
  const why = [...new Set(reasons.length > 0 ? reasons : d.reasons.map((r) => r.message))].join("\n");
  return { ...(d.source === undefined ? {} : { source: d.source }), row: d.row, id: d.id, name: d.name, recipientName: d.recipientName, why };
}

/** The order items are added up in: by recipient, then source and row, then pack. The same in memory and in a spool's merge. */
export function byPayee(a: PaymentItem, b: PaymentItem): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return (a.source ?? 0) - (b.source ?? 0) || a.row - b.row || a.layer - b.layer;
}

/** How many project ids a line lists before it says how many there are (the Funding sheet lists them all). */
export const LISTED_IDS = 100;

const l = PAYMENT_LABELS;
const join = (lang: Lang) => (lang === "zh-CN" ? "、" : ", ");

function paymentHeader(lang: Lang): OutRow {
  return { cells: [l.number, l.payee, l.uscc, l.role, l.projects, l.ids, l.caseRefs, l.amount, l.due, l.notDue, l.reclaim].map((c: Localized) => c[lang]), style: "header" };
}

interface Line {
  readonly key: string;
  readonly name: string | null;
  readonly uscc: string | null;
  readonly roles: Set<Recipient>;
  readonly ids: string[];
  readonly caseRefs: string[];
  projects: number;
  last: string;
  yuan: Decimal;
  due: Decimal;
  notDue: Decimal;
  reclaim: Decimal;
}

const ZERO = new Decimal(0);
type Sums = { yuan: Decimal; due: Decimal; notDue: Decimal; reclaim: Decimal };
const moneyCells = (s: Sums): OutCell[] => [s.yuan, s.due, s.notDue, s.reclaim].map((d) => ({ money: yuanString(d) }));

/**
 * The payment list's lines from its items in `byPayee` order: push each
 * item, and a recipient's line comes out once the next recipient begins;
 * `end` gives the last line and the total, which is the sum of the lines.
 */
export class PaymentList {
  private line: Line | null = null;
  private count = 0;
  private projects = 0;
  private total: Sums = { yuan: ZERO, due: ZERO, notDue: ZERO, reclaim: ZERO };
  private previous: PaymentItem | null = null;

  constructor(private readonly lang: Lang) {}

  push(item: PaymentItem): OutRow[] {
    if (this.previous && byPayee(this.previous, item) > 0) throw new Error("PaymentList: items out of order");
    this.previous = item;
    const out = this.line && this.line.key !== item.key ? [this.flush()] : [];
    const line = (this.line ??= { key: item.key, name: item.name, uscc: item.uscc, roles: new Set(), ids: [], caseRefs: [], projects: 0, last: "", yuan: ZERO, due: ZERO, notDue: ZERO, reclaim: ZERO });
    if (item.recipient) line.roles.add(item.recipient);
    const project = `${item.source ?? 0}:${item.row}`;
    if (project !== line.last) {
      line.last = project;
      line.projects++;
      if (line.ids.length < LISTED_IDS && item.id !== null) line.ids.push(item.id);
    }
    if (item.caseRef && !line.caseRefs.includes(item.caseRef) && line.caseRefs.length < LISTED_IDS) line.caseRefs.push(item.caseRef);
    line.yuan = line.yuan.plus(item.yuan);
    line.due = line.due.plus(item.due);
    line.notDue = line.notDue.plus(item.notDue);
    line.reclaim = line.reclaim.plus(item.reclaim);
    return out;
  }

  /** The last line and the total row. */
  end(): OutRow[] {
    const out = this.line ? [this.flush()] : [];
    const cells: OutCell[] = [l.total[this.lang], null, null, null, { int: this.projects }, null, null, ...moneyCells(this.total)];
    out.push({ cells, style: "total" });
    return out;
  }

  private flush(): OutRow {
    const line = this.line!;
    this.line = null;
    this.count++;
    this.projects += line.projects;
    const t = this.total;
    this.total = { yuan: t.yuan.plus(line.yuan), due: t.due.plus(line.due), notDue: t.notDue.plus(line.notDue), reclaim: t.reclaim.plus(line.reclaim) };
    const roles = (["issuer", "solver"] as const).filter((r) => line.roles.has(r)).map((r) => RECIPIENT_LABELS[r][this.lang]);
    let ids = line.ids.join(join(this.lang));
    if (line.projects > line.ids.length) ids += ` ${fillTemplate(l.more[this.lang], { count: line.projects, sheet: SHEET_NAMES.funding[this.lang] }, this.lang)}`;
    return {
      cells: [{ int: this.count }, line.name ?? l.unnamed[this.lang], line.uscc, roles.join(join(this.lang)) || null, { int: line.projects }, ids || null, line.caseRefs.join(join(this.lang)) || null, ...moneyCells(line)],
    };
  }
}

/**
 * The payment list's rows as its items (in byPayee order) and then its
 * pending rows (in row order) come, for the whole export and the streamed
 * one alike: the header, each recipient's line once the next begins, the
 * totals, and the pending rows under their heading.
 */
export class PaymentSheet {
  private readonly list: PaymentList;
  private pendingBegun = false;

  constructor(
    private readonly lang: Lang,
    private readonly sources: readonly string[] | null,
  ) {
    this.list = new PaymentList(lang);
  }

  head(): OutRow[] {
    return [paymentHeader(this.lang)];
  }

  item(item: PaymentItem): OutRow[] {
    return this.list.push(item);
  }

  /** After the last item: the last line and the totals. */
  total(): OutRow[] {
    return this.list.end();
  }

  pending(p: PendingItem): OutRow[] {
    const head = this.pendingBegun ? [] : pendingHead(this.lang, this.sources !== null);
    this.pendingBegun = true;
    return [...head, pendingRow(p, this.sources)];
  }
}

/** The heading and header of the pending rows under the total; a consolidated run's begin with their source. */
function pendingHead(lang: Lang, consolidated: boolean): OutRow[] {
  const columns = [...(consolidated ? [l.source] : []), l.row, l.ids, l.name, l.payee, l.why];
  return [{ cells: [] }, { cells: [l.pending[lang]], style: "section" }, { cells: columns.map((c) => c[lang]), style: "header" }];
}

function pendingRow(p: PendingItem, sources: readonly string[] | null): OutRow {
  const source = sources ? [p.source === undefined ? null : (sources[p.source] ?? null)] : [];
  return { cells: [...source, { int: p.row }, p.id, p.name, p.recipientName, p.why] };
}

/** The payment list's column widths. */
export const PAYMENT_WIDTHS = [7, 34, 22, 12, 9, 40, 30, 18, 18, 18, 16];
