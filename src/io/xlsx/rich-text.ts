import { decodeXstring } from "./xstring";

/**
 * The text of a string item (`<si>` in the shared strings, `<is>` in a cell)
 * as Excel shows it: every run's `<t>` in order, and none of the phonetic
 * guide (`<rPh>`), which Excel shows only above the text when asked to.
 * Fed the parser's events for the item's content.
 */
export class StringItem {
  private depthInPhonetic = 0;
  private inText = false;
  private parts: string[] = [];

  open(name: string): void {
    if (name === "rPh") this.depthInPhonetic++;
    else if (name === "t" && this.depthInPhonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === "rPh") this.depthInPhonetic--;
    else if (name === "t") this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The item's text, and ready for the next item. */
  take(): string {
    const text = decodeXstring(this.parts.join(""));
    this.parts = [];
    this.inText = false;
    this.depthInPhonetic = 0;
    return text;
  }
}
