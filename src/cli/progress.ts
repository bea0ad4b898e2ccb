import type { Lang } from "../i18n";
import type { Io } from "./io";

export type Stage = "read" | "decide" | "write";

const WORDS = {
  read: { "zh-CN": "读取", en: "Reading" },
  decide: { "zh-CN": "判定", en: "Deciding" },
  write: { "zh-CN": "写出", en: "Writing" },
  rows: { "zh-CN": "行", en: "rows" },
  perSecond: { "zh-CN": "行/秒", en: "rows/s" },
  left: { "zh-CN": "剩余约", en: "about" },
  seconds: { "zh-CN": "秒", en: "s left" },
} as const;

export interface Progress {
  update(stage: Stage, done: number, total?: number): void;
  /** Erase the line; nothing of the progress stays on the terminal. */
  finish(): void;
}

const SILENT: Progress = { update: () => undefined, finish: () => undefined };

/**
 * Progress on stderr while reading, deciding and writing: rows done, rows per
 * second, time left. Only on a terminal: nothing of it reaches stdout or a
 * redirected stderr, so `--json -` output stays clean.
 */
export function terminalProgress(io: Io, lang: Lang, now: () => number = () => performance.now()): Progress {
  if (!io.stderrIsTty) return SILENT;
  let started = { stage: "" as Stage | "", at: now() };
  let drawn = 0;
  let shown = false;
  return {
    update(stage, done, total) {
      const t = now();
      if (stage !== started.stage) started = { stage, at: t };
      if (t - drawn < 100 && (total === undefined || done < total)) return;
      drawn = t;
      const seconds = (t - started.at) / 1000;
      const rate = seconds > 0 ? Math.round(done / seconds) : 0;
      const count = total === undefined ? done.toLocaleString("en") : `${done.toLocaleString("en")}/${total.toLocaleString("en")}`;
      const eta = total !== undefined && rate > 0 && done < total ? ` · ${WORDS.left[lang]} ${Math.ceil((total - done) / rate)} ${WORDS.seconds[lang]}` : "";
      io.stderr(`\r\x1b[K${WORDS[stage][lang]} ${count} ${WORDS.rows[lang]} · ${rate.toLocaleString("en")} ${WORDS.perSecond[lang]}${eta}`);
      shown = true;
    },
    finish() {
      if (shown) io.stderr("\r\x1b[K");
      shown = false;
    },
  };
}
