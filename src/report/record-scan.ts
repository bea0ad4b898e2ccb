/**
 * The text of an export's record read as it comes, a piece at a time, so
 * that no whole record (tens of megabytes of JSON for 100,000 rows) is ever
 * held or parsed at once.
 *
 * RecordScanner checks the text as JSON exactly as JSON.parse accepts it
 * and hands on, in order, what verify needs: the record's members that come
 * before its sheets (as JSON text of one object), each sheet's name as its
 * rows begin, each row's JSON text, each sheet's end. What is left once the
 * rows are taken out (every sheet's `"rows":[]`) is the skeleton: small, and
 * parsed by JSON.parse for everything else.
 *
 * Rows can be handed on this way only from a record laid out as jiebang
 * writes it: no member named twice, a record's sheets after every member
 * but its charts and its tool, a sheet's name before its rows. Anything else is
 * `irregular`, and the caller reads the record whole instead.
 */

/** What a container is, in the record's layout. */
const OTHER = 0;
const TOP = 1;
const RECORD = 2;
const SHEETS = 3;
const SHEET = 4;
const ROWS = 5;

/** What the scanner expects next. */
const VALUE = 0; // any value
const VALUE_OR_CLOSE = 1; // after "[": a value or "]"
const KEY_OR_CLOSE = 2; // after "{": a key or "}"
const KEY = 3; // after "," in an object
const COLON = 4;
const AFTER = 5; // after a value inside a container: "," or its close
const END = 6; // after the top-level value: only white space
const STRING = 7;
const NUMBER = 8;
const LITERAL = 9;

/** Number states: which characters may follow. */
const N_MINUS = 0; // "-": a digit
const N_ZERO = 1; // "0" (accepting)
const N_INT = 2; // digits (accepting)
const N_DOT = 3; // ".": a digit
const N_FRAC = 4; // accepting
const N_EXP = 5; // "e": a sign or a digit
const N_EXP_SIGN = 6; // a digit
const N_EXP_DIGITS = 7; // accepting

/** What a captured value is, once whole. */
const CAPTURE_NONE = 0;
const CAPTURE_MEMBER = 1;
const CAPTURE_NAME = 2;
const CAPTURE_ROW = 3;

interface Frame {
  readonly array: boolean;
  readonly tag: number;
  /** A tagged object's members so far (a member named twice makes the record irregular). */
  readonly keys: Set<string> | null;
  /** The current member's key and its JSON text (tagged objects only). */
  key: string | null;
  keyText: string;
  /** Elements of an array so far. */
  count: number;
  /** The record: its sheets have begun. A sheet: its index, and its name as given. */
  sheetsSeen: boolean;
  index: number;
  name: unknown;
  named: boolean;
}

export interface RecordScanEvents {
  /** The record's members before its sheets, as the JSON text of one object: when its sheets begin. */
  members?(json: string): void;
  /** The rows of the record's sheet `index` begin; `name` is the sheet's name as parsed. */
  sheet?(index: number, name: unknown): void;
  /** One row of sheet `index`, as JSON text. */
  row?(index: number, json: string): void;
  /** The rows of sheet `index` end. */
  sheetEnd?(index: number): void;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

export class RecordScanner {
  /** Why the scan stopped: the text is no JSON, or not laid out as jiebang writes a record. */
  failure: "syntax" | "irregular" | null = null;

  private mode = VALUE;
  private readonly stack: Frame[] = [];
  /** The string being read is a key; its escape state: 0 none, 1 after "\", 2–5 hex digits to come. */
  private inKey = false;
  private escape = 0;
  private number = N_MINUS;
  private literal = "";
  private literalAt = 0;

  /** The value being captured (a record member, a sheet's name, a row): its kind, depth, and text so far. */
  private capture = CAPTURE_NONE;
  private captureDepth = 0;
  private captureFrom = 0;
  private captureParts: string[] = [];
  /** A key being captured. */
  private keyFrom = -1;
  private keyParts: string[] = [];
  /** The skeleton so far; rows are left out while `skipping`. */
  private readonly skeletonParts: string[] = [];
  private skeletonFrom = 0;
  private skipping = false;
  private readonly members: string[] = [];

  private chunk = "";

  constructor(private readonly events: RecordScanEvents = {}) {}

  write(text: string): void {
    if (this.failure !== null || text.length === 0) return;
    this.chunk = text;
    this.captureFrom = 0;
    this.skeletonFrom = 0;
    if (this.keyFrom >= 0) this.keyFrom = 0;
    const n = text.length;
    let i = 0;
    while (i < n && this.failure === null) {
      const mode = this.mode;
      if (mode === STRING) {
        i = this.string(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      if (mode === NUMBER) {
        if (this.numberChar(c)) {
          i++;
          continue;
        }
        if (!this.numberDone()) return this.fail("syntax");
        this.valueDone(i);
        continue; // the character that ended the number is read again
      }
      if (mode === LITERAL) {
        if (c !== this.literal.charCodeAt(this.literalAt)) return this.fail("syntax");
        i++;
        if (++this.literalAt === this.literal.length) this.valueDone(i);
        continue;
      }
      if (isSpace(c)) {
        i++;
        continue;
      }
      switch (mode) {
        case VALUE:
          this.beginValue(c, i);
          break;
        case VALUE_OR_CLOSE:
          if (c === 0x5d) this.close(true, i);
          else this.beginValue(c, i);
          break;
        case KEY_OR_CLOSE:
          if (c === 0x7d) this.close(false, i);
          else if (c === 0x22) this.beginKey(i);
          else return this.fail("syntax");
          break;
        case KEY:
          if (c === 0x22) this.beginKey(i);
          else return this.fail("syntax");
          break;
        case COLON:
          if (c !== 0x3a) return this.fail("syntax");
          this.mode = VALUE;
          break;
        case AFTER: {
          const top = this.stack[this.stack.length - 1]!;
          if (c === 0x2c) this.mode = top.array ? VALUE : KEY;
          else if (c === (top.array ? 0x5d : 0x7d)) this.close(top.array, i);
          else return this.fail("syntax");
          break;
        }
        default:
          return this.fail("syntax"); // END: only white space may follow the value
      }
      i++;
    }
    if (this.failure !== null) return;
    if (this.capture !== CAPTURE_NONE) this.captureParts.push(text.slice(this.captureFrom));
    if (this.keyFrom >= 0) this.keyParts.push(text.slice(this.keyFrom));
    if (!this.skipping) this.skeletonParts.push(text.slice(this.skeletonFrom));
    this.chunk = "";
  }

  /** The text is all there: a number at its very end ends there. */
  end(): void {
    if (this.failure !== null) return;
    if (this.mode === NUMBER && this.stack.length === 0) {
      if (!this.numberDone()) return this.fail("syntax");
      this.chunk = "";
      this.captureFrom = 0;
      this.valueDone(0);
    }
    if (this.mode !== END) this.fail("syntax");
  }

  /** The text without its rows (each sheet's rows `[]`): JSON once the scan has ended without failure. */
  skeleton(): string {
    return this.skeletonParts.join("");
  }

  private fail(why: "syntax" | "irregular"): void {
    this.failure = why;
    this.captureParts = [];
    this.keyParts = [];
    this.skeletonParts.length = 0;
  }

  /** Reads string characters from `i`; returns where it stopped (past the closing quote, or the chunk's end). */
  private string(text: string, i: number): number {
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      const escape = this.escape;
      if (escape === 0) {
        if (c === 0x22) {
          i++;
          if (this.inKey) this.keyDone(i);
          else this.valueDone(i);
          return i;
        }
        if (c === 0x5c) this.escape = 1;
        else if (c < 0x20) {
          this.fail("syntax");
          return n;
        }
      } else if (escape === 1) {
        if (c === 0x75) this.escape = 2;
        else if (c === 0x22 || c === 0x5c || c === 0x2f || c === 0x62 || c === 0x66 || c === 0x6e || c === 0x72 || c === 0x74) this.escape = 0;
        else {
          this.fail("syntax");
          return n;
        }
      } else {
        if (!isHex(c)) {
          this.fail("syntax");
          return n;
        }
        this.escape = escape === 5 ? 0 : escape + 1;
      }
      i++;
    }
    return n;
  }

  private numberChar(c: number): boolean {
    switch (this.number) {
      case N_MINUS:
        if (c === 0x30) this.number = N_ZERO;
        else if (isDigit(c)) this.number = N_INT;
        else return false;
        return true;
      case N_ZERO:
        if (c === 0x2e) this.number = N_DOT;
        else if (c === 0x65 || c === 0x45) this.number = N_EXP;
        else return false;
        return true;
      case N_INT:
        if (isDigit(c)) return true;
        if (c === 0x2e) this.number = N_DOT;
        else if (c === 0x65 || c === 0x45) this.number = N_EXP;
        else return false;
        return true;
      case N_DOT:
        if (!isDigit(c)) return false;
        this.number = N_FRAC;
        return true;
      case N_FRAC:
        if (isDigit(c)) return true;
        if (c === 0x65 || c === 0x45) this.number = N_EXP;
        else return false;
        return true;
      case N_EXP:
        if (c === 0x2b || c === 0x2d) this.number = N_EXP_SIGN;
        else if (isDigit(c)) this.number = N_EXP_DIGITS;
        else return false;
        return true;
      case N_EXP_SIGN:
        if (!isDigit(c)) return false;
        this.number = N_EXP_DIGITS;
        return true;
      default:
        return isDigit(c);
    }
  }

  private numberDone(): boolean {
    return this.number === N_ZERO || this.number === N_INT || this.number === N_FRAC || this.number === N_EXP_DIGITS;
  }

  /** A value begins with character `c` at `i`. */
  private beginValue(c: number, i: number): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent && this.capture === CAPTURE_NONE) {
      const kind =
        parent.tag === RECORD && parent.key !== "sheets" ? CAPTURE_MEMBER : parent.tag === SHEET && parent.key === "name" ? CAPTURE_NAME : parent.tag === ROWS ? CAPTURE_ROW : CAPTURE_NONE;
      if (kind !== CAPTURE_NONE) {
        this.capture = kind;
        this.captureDepth = this.stack.length;
        this.captureFrom = i;
        this.captureParts = [];
      }
    }
    if (c === 0x7b || c === 0x5b) {
      const array = c === 0x5b;
      const tag = this.tagOf(parent, array);
      const frame: Frame = { array, tag, keys: tag === TOP || tag === RECORD || tag === SHEET ? new Set() : null, key: null, keyText: "", count: 0, sheetsSeen: false, index: 0, name: undefined, named: false };
      if (tag === SHEET) frame.index = parent!.count;
      this.stack.push(frame);
      this.mode = array ? VALUE_OR_CLOSE : KEY_OR_CLOSE;
      if (tag === SHEETS) this.events.members?.(`{${this.members.join(",")}}`);
      if (tag === ROWS) {
        // The skeleton keeps "rows":[ and takes up again at its "]".
        this.skeletonParts.push(this.chunk.slice(this.skeletonFrom, i + 1));
        this.skipping = true;
        this.events.sheet?.(parent!.index, parent!.name);
      }
      return;
    }
    if (c === 0x22) {
      this.mode = STRING;
      this.inKey = false;
      this.escape = 0;
    } else if (c === 0x2d || isDigit(c)) {
      this.mode = NUMBER;
      this.number = c === 0x2d ? N_MINUS : c === 0x30 ? N_ZERO : N_INT;
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      this.mode = LITERAL;
      this.literal = c === 0x74 ? "true" : c === 0x66 ? "false" : "null";
      this.literalAt = 1;
    } else {
      this.fail("syntax");
    }
  }

  private tagOf(parent: Frame | undefined, array: boolean): number {
    if (!parent) return array ? OTHER : TOP;
    if (parent.tag === TOP) return !array && parent.key === "record" ? RECORD : OTHER;
    if (parent.tag === RECORD) return array && parent.key === "sheets" ? SHEETS : OTHER;
    if (parent.tag === SHEETS) return array ? OTHER : SHEET;
    if (parent.tag === SHEET) return array && parent.key === "rows" ? ROWS : OTHER;
    return OTHER;
  }

  private close(array: boolean, i: number): void {
    const frame = this.stack.pop()!;
    if (frame.tag === ROWS) {
      this.skipping = false;
      this.skeletonFrom = i;
      this.events.sheetEnd?.(this.stack[this.stack.length - 1]!.index);
    }
    void array;
    this.valueDone(i + 1);
  }

  /** A value ended just before `end` (in the current chunk). */
  private valueDone(end: number): void {
    const parent = this.stack[this.stack.length - 1];
    if (this.capture !== CAPTURE_NONE && this.stack.length === this.captureDepth) {
      const text = this.captureParts.length === 0 ? this.chunk.slice(this.captureFrom, end) : this.captureParts.join("") + this.chunk.slice(this.captureFrom, end);
      const kind = this.capture;
      this.capture = CAPTURE_NONE;
      this.captureParts = [];
      if (kind === CAPTURE_MEMBER) this.members.push(`${parent!.keyText}:${text}`);
      else if (kind === CAPTURE_NAME) parent!.name = JSON.parse(text);
      else this.events.row?.(this.stack[this.stack.length - 2]!.index, text);
    }
    if (!parent) {
      this.mode = END;
      return;
    }
    parent.count++;
    this.mode = AFTER;
  }

  private beginKey(i: number): void {
    this.mode = STRING;
    this.inKey = true;
    this.escape = 0;
    const frame = this.stack[this.stack.length - 1]!;
    if (frame.keys) {
      this.keyFrom = i;
      this.keyParts = [];
    }
  }

  private keyDone(end: number): void {
    this.inKey = false;
    this.mode = COLON;
    const frame = this.stack[this.stack.length - 1]!;
    if (!frame.keys) return;
    const text = this.keyParts.length === 0 ? this.chunk.slice(this.keyFrom, end) : this.keyParts.join("") + this.chunk.slice(this.keyFrom, end);
    this.keyFrom = -1;
    this.keyParts = [];
    const key = JSON.parse(text) as string;
    if (frame.keys.has(key)) return this.fail("irregular");
    frame.keys.add(key);
    if (frame.tag === RECORD) {
      if (frame.sheetsSeen && key !== "tool" && key !== "shownCharts") return this.fail("irregular");
      if (key === "sheets") frame.sheetsSeen = true;
    } else if (frame.tag === SHEET) {
      if (key === "rows" && !frame.named) return this.fail("irregular");
      if (key === "name") frame.named = true;
    }
    frame.key = key;
    frame.keyText = text;
  }
}
