import { createHash, randomBytes } from "node:crypto";
import { closeSync, createReadStream, createWriteStream, existsSync, fstatSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import type { Writable } from "node:stream";
import { basename, dirname, join, resolve } from "node:path";
import { JiebangError, type Localized } from "../i18n";
import type { ByteSource } from "../io";

const WRITE_FAILURES: Readonly<Record<string, Localized>> = {
  EACCES: { "zh-CN": "没有写入权限", en: "no permission to write there" },
  EPERM: { "zh-CN": "没有写入权限", en: "no permission to write there" },
  EROFS: { "zh-CN": "磁盘或目录是只读的", en: "the disk or folder is read-only" },
  ENOSPC: { "zh-CN": "磁盘空间不足", en: "the disk is full" },
  EDQUOT: { "zh-CN": "磁盘配额已用完", en: "the disk quota is used up" },
  ENOTDIR: { "zh-CN": "路径中有一段是文件而不是文件夹", en: "part of the path is a file, not a folder" },
  EEXIST: { "zh-CN": "路径中有一段是文件而不是文件夹", en: "part of the path is a file, not a folder" },
  EISDIR: { "zh-CN": "目标是一个文件夹", en: "the target is a folder" },
  ENAMETOOLONG: { "zh-CN": "文件名过长", en: "the file name is too long" },
};

function writeFailure(error: NodeJS.ErrnoException): Localized | string {
  return (error.code && WRITE_FAILURES[error.code]) || error.message;
}

/** A file to write: its bytes, or a function that streams them (a large workbook). */
export type PendingFile = { readonly path: string; readonly bytes: Uint8Array } | { readonly path: string; readonly write: (stream: Writable) => Promise<void> };

const temporaries = new Set<string>();
let cleanupInstalled = false;

function removeTemporaries(): void {
  for (const path of temporaries) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  temporaries.clear();
}

/** An interrupted run (Ctrl-C, kill) leaves no temporary file behind. */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", removeTemporaries);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      removeTemporaries();
      process.exit(130);
    });
  }
}

/** A hidden scratch file beside a target, named as removeStaleTemporaries finds it: `.<target>.tmp-<pid>-<hex>`. */
function temporaryPath(target: string): string {
  return join(dirname(resolve(target)), `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
}

async function writeTemporary(file: PendingFile): Promise<string> {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = temporaryPath(file.path);
  temporaries.add(temporary);
  if ("write" in file) {
    const stream = createWriteStream(temporary, { flags: "wx" });
    const closed = new Promise<void>((resolve, reject) => {
      stream.on("close", resolve);
      stream.on("error", reject);
    });
    try {
      await file.write(stream);
    } catch (error) {
      // A run that fails while it writes (the whole run happens inside a streamed file's write) leaves no open stream behind.
      stream.destroy();
      await closed.catch(() => undefined);
      throw error;
    }
    if (!stream.writableFinished) stream.end();
    await closed;
    const fd = openSync(temporary, "r+");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return temporary;
  }
  const fd = openSync(temporary, "wx");
  try {
    let offset = 0;
    while (offset < file.bytes.length) offset += writeSync(fd, file.bytes, offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temporary;
}

/** The same file, by path or, when both exist, by device and inode (a symbolic or hard link to it). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** A scratch file beside a target, written in order and read back once: what a run spools instead of holding. */
export interface Spool {
  write(text: string): Promise<void> | void;
  close(): Promise<void>;
  /** Its text from the start, in pieces of about `chunk` bytes (64 KiB unless given). */
  read(chunk?: number): AsyncIterable<string>;
  /** Remove it (also done at exit, and by the next run if this one is killed outright). */
  remove(): void;
}

export function openSpool(besides: string): Spool {
  installCleanup();
  const path = temporaryPath(besides);
  const fail = (error: unknown): never => {
    throw new JiebangError("OUTPUT_FAILED", { file: besides, why: writeFailure(error as NodeJS.ErrnoException) }, { file: besides });
  };
  let fd: number | null = null;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, "wx");
  } catch (error) {
    fail(error);
  }
  temporaries.add(path);
  let pending = "";
  const flush = () => {
    if (pending === "" || fd === null) return;
    const bytes = Buffer.from(pending, "utf8");
    pending = "";
    try {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    } catch (error) {
      fail(error);
    }
  };
  return {
    write(text) {
      pending += text;
      if (pending.length >= 1 << 16) flush();
    },
    async close() {
      flush();
      if (fd !== null) closeSync(fd);
      fd = null;
    },
    read: (chunk = 1 << 16) => createReadStream(path, { encoding: "utf8", highWaterMark: chunk }) as AsyncIterable<string>,
    remove() {
      if (fd !== null) closeSync(fd);
      fd = null;
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
      temporaries.delete(path);
    },
  };
}

/** Items kept in a spool beside `besides`, one JSON line each, and read back in order (in pieces of `chunk` bytes): state a run must keep until its end, off the heap. */
export function openItemSpool<T>(besides: string, chunk = 1 << 16): { push(item: T): void; read(): AsyncIterable<T>; remove(): void } {
  const spool = openSpool(besides);
  return {
    push: (item) => spool.write(`${JSON.stringify(item)}\n`),
    async *read() {
      await spool.close();
      let rest = "";
      for await (const piece of spool.read(chunk)) {
        const lines = (rest + piece).split("\n");
        rest = lines.pop()!;
        for (const line of lines) yield JSON.parse(line) as T;
      }
    },
    remove: () => spool.remove(),
  };
}

/** How many items a sorted spool sorts in memory at a time: its heap stays this size, whatever the run's. */
export const SORTED_RUN = 10_000;

/** How much of each run a sorted spool's merge reads at a time: a 1,000,000-row run merges about 50 runs. */
const MERGE_CHUNK = 1 << 13;

/**
 * Items given back sorted by `compare` (stable), kept off the heap: an
 * external merge sort. Every `runSize` items are sorted and spooled as one
 * run beside `besides`; reading merges the runs (and the items still held),
 * holding one item of each run at a time.
 */
export function openSortedSpool<T>(besides: string, compare: (a: T, b: T) => number, runSize = SORTED_RUN): { push(item: T): void; read(): AsyncIterable<T>; remove(): void } {
  let held: T[] = [];
  const runs: Array<ReturnType<typeof openItemSpool<T>>> = [];
  const spill = () => {
    const run = openItemSpool<T>(besides, MERGE_CHUNK);
    for (const item of held.sort(compare)) run.push(item);
    runs.push(run);
    held = [];
  };
  return {
    push(item) {
      held.push(item);
      if (held.length >= runSize) spill();
    },
    async *read() {
      held.sort(compare);
      if (runs.length === 0) return yield* held;
      const sources: Array<AsyncIterator<T> | Iterator<T>> = [...runs.map((r) => r.read()[Symbol.asyncIterator]()), held[Symbol.iterator]()];
      const heads: Array<IteratorResult<T>> = await Promise.all(sources.map((s) => s.next()));
      for (;;) {
        // The least head; ties go to the earlier run, which holds the earlier items (stable).
        let least = -1;
        for (let i = 0; i < heads.length; i++) if (!heads[i]!.done && (least < 0 || compare(heads[i]!.value, heads[least]!.value) < 0)) least = i;
        if (least < 0) return;
        yield heads[least]!.value;
        heads[least] = await sources[least]!.next();
      }
    },
    remove() {
      for (const run of runs) run.remove();
      held = [];
    },
  };
}

/** Refuse to start work whose output would overwrite a file, before any work is done. */
export function assertWritable(path: string, force: boolean, input: string): void {
  if (sameFile(path, input)) throw new JiebangError("OUTPUT_IS_INPUT", { file: input }, { file: input });
  if (!force && existsSync(path)) throw new JiebangError("OUTPUT_EXISTS", { file: path }, { file: path });
}

/** Refuse two outputs that are one file (`--out F --json F`): the second written would replace the first. */
export function assertDistinctOutputs(outputs: ReadonlyArray<{ readonly option: string; readonly path: string }>): void {
  for (let i = 0; i < outputs.length; i++) {
    for (let j = i + 1; j < outputs.length; j++) {
      const [a, b] = [outputs[i]!, outputs[j]!];
      if (sameFile(a.path, b.path)) throw new JiebangError("OUTPUTS_SAME_FILE", { file: b.path, options: `${a.option}、${b.option}` }, { file: b.path });
    }
  }
}

const TEMPORARY = /^\.(.+)\.tmp-(\d+)-[0-9a-f]{8}$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Temporaries an earlier run left beside these targets when it was killed
 * outright (kill -9, a power cut), where no handler could run: a file named
 * `.<target>.tmp-<pid>-<hex>` whose process is gone. They are removed, and
 * their names returned so the caller can say so.
 */
export function removeStaleTemporaries(targets: readonly string[]): string[] {
  const removed: string[] = [];
  for (const target of targets) {
    const dir = dirname(resolve(target));
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMPORARY.exec(name);
      if (!m || m[1] !== basename(target) || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
      try {
        unlinkSync(join(dir, name));
        removed.push(join(dir, name));
      } catch {
        // another run took it
      }
    }
  }
  return removed;
}

/**
 * Write several files all or nothing: each goes to a temporary file beside
 * its target, then every one is moved into place (a hard link that fails if
 * the target exists, unless `force`). If any step fails, what this call
 * already put in place is removed and no temporary file is left.
 */
export async function commitFiles(files: readonly PendingFile[], force: boolean): Promise<void> {
  installCleanup();
  const placed: string[] = [];
  const staged: Array<{ temporary: string; path: string }> = [];
  let current = files[0]?.path ?? "";
  try {
    for (const file of files) {
      current = file.path;
      staged.push({ temporary: await writeTemporary(file), path: file.path });
    }
    for (const { temporary, path } of staged) {
      current = path;
      if (force) renameSync(temporary, path);
      else {
        try {
          linkSync(temporary, path);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new JiebangError("OUTPUT_EXISTS", { file: path }, { file: path });
          throw error;
        }
        unlinkSync(temporary);
      }
      temporaries.delete(temporary);
      placed.push(path);
    }
  } catch (error) {
    for (const path of placed) {
      try {
        unlinkSync(path);
      } catch {
        // nothing to undo
      }
    }
    removeTemporaries();
    // Only a failure of the file system is a failure to write; the run's own refusals (and a source the run leaves out) pass as they are.
    if (error instanceof JiebangError || typeof (error as NodeJS.ErrnoException | null)?.code !== "string") throw error;
    throw new JiebangError("OUTPUT_FAILED", { file: current, why: writeFailure(error as NodeJS.ErrnoException) }, { file: current });
  }
}

function assertInputFile(path: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new JiebangError("INPUT_NOT_FOUND", { file: path }, { file: path });
  }
  if (!stats.isFile()) throw new JiebangError("INPUT_NOT_A_FILE", { file: path }, { file: path });
}

/** The bytes of an input file, with a clear error when it is missing or not a file. */
export function readInputFile(path: string): Uint8Array {
  assertInputFile(path);
  return new Uint8Array(readFileSync(path));
}

/** An input file opened for reading a piece at a time, with its SHA-256 (read through once); close it when done. */
export interface InputFile {
  readonly source: ByteSource;
  readonly sha256: string;
  close(): void;
}

export function openInputFile(path: string): InputFile {
  assertInputFile(path);
  const fd = openSync(path, "r");
  try {
    const length = fstatSync(fd).size;
    const read = (offset: number, wanted: number): Uint8Array => {
      const buffer = new Uint8Array(Math.max(0, Math.min(wanted, length - offset)));
      for (let done = 0; done < buffer.length; ) {
        const n = readSync(fd, buffer, done, buffer.length - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      return buffer;
    };
    const hash = createHash("sha256");
    for (let offset = 0; offset < length; offset += 1 << 20) hash.update(read(offset, 1 << 20));
    return { source: { length, read }, sha256: hash.digest("hex"), close: () => closeSync(fd) };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Whether a path names a folder (a consolidated run's source of trackers). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A file a folder holds that is no tracker: a lock file of Excel or WPS (`~$…`), a hidden file, or an audited workbook jiebang wrote. */
const NOT_A_TRACKER = /^(~\$|\.)|\.audited\.xlsx$/i;

/**
 * The tracker files a run is given: each file as given, and each folder's
 * `.xlsx` files sorted by name (not its sub-folders, lock files or audited
 * workbooks). A path that does not exist stays, to be reported as a source
 * that cannot be read; a folder without any tracker stops the run.
 */
export function trackerFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  // The same file given twice (itself and through its folder, or by two paths) is one source.
  const seen = new Set<string>();
  const push = (path: string) => {
    let real = resolve(path);
    try {
      real = realpathSync(path);
    } catch {
      // not there: reported when it is read
    }
    if (seen.has(real)) return;
    seen.add(real);
    files.push(path);
  };
  for (const path of paths) {
    if (!isFolder(path)) {
      push(path);
      continue;
    }
    const names = readdirSync(path)
      .filter((name) => /\.xlsx$/i.test(name) && !NOT_A_TRACKER.test(name) && statSync(join(path, name)).isFile())
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (names.length === 0) throw new JiebangError("NO_TRACKER_FILES", { dir: path }, { file: path });
    for (const name of names) push(join(path, name));
  }
  return files;
}
