/**
 * The committed corpus is what its script makes: generate.sh, run with the
 * real writers (LibreOffice, Debian's openpyxl and XlsxWriter, exceljs) into
 * a temporary folder, gives the same expected.json and files that jiebang
 * reads cell for cell the same as the committed ones (only the writers'
 * timestamps differ). `.ci/run` installs the writers, as it installs Chromium.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../src/io";
import { compareReads } from "../io/read-compare";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const PYTHON = "/usr/bin/python3";

function missingWriters(): string[] {
  const missing: string[] = [];
  if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0) missing.push("libreoffice-calc-nogui (soffice)");
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ["-c", "import openpyxl, xlsxwriter"]).status !== 0) missing.push("python3-openpyxl python3-xlsxwriter");
  return missing;
}

describe("test/corpus/generate.sh", () => {
  let out = "";
  let run: ReturnType<typeof spawnSync> | null = null;
  beforeAll(() => {
    const missing = missingWriters();
    if (missing.length > 0) throw new Error(`Regenerating the corpus needs the real writers: apt-get install ${missing.join(" ")} (.ci/run does).`);
    out = mkdtempSync(join(tmpdir(), "jiebang-corpus-out-"));
    run = spawnSync("bash", [join(HERE, "generate.sh")], { encoding: "utf8", env: { ...process.env, JIEBANG_CORPUS_OUT: out }, timeout: 300_000 });
  }, 320_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("runs to the end, its own read-back check included", () => {
    expect(run!.status, `${run!.stdout}\n${run!.stderr}`).toBe(0);
  });

  it("writes the same expected outcomes as the committed expected.json", () => {
    expect(JSON.parse(readFileSync(join(out, "expected.json"), "utf8"))).toEqual(JSON.parse(readFileSync(join(HERE, "expected.json"), "utf8")));
  });

  it("writes the committed files, cell for cell", async () => {
    const committed = readdirSync(join(HERE, "files")).filter((f) => f.endsWith(".xlsx")).sort();
    expect(readdirSync(join(out, "files")).filter((f) => f.endsWith(".xlsx")).sort()).toEqual(committed);
    for (const file of committed) {
      const fresh = await readXlsx(new Uint8Array(readFileSync(join(out, "files", file))), file);
      const kept = await readXlsx(new Uint8Array(readFileSync(join(HERE, "files", file))), file);
      expect(compareReads(fresh, kept), file).toEqual([]);
      expect(fresh.writer, file).toEqual(kept.writer);
    }
  });
});
