/**
 * `jiebang run` on what it cannot decide: files that are not trackers,
 * trackers it cannot read, and wrong arguments. Each must exit 2 with one
 * sentence on stderr that says what is wrong, no stack trace (unless
 * --debug), nothing on stdout, and no file (not even a temporary one) left
 * in the directory.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SIMPLIFIED_HEADERS } from "../support/workbook";
import { headersWith, lines, listing, mixedProjects, project, rowOf, runCli, SAMPLE, spawnCli, STACK_FRAME, tempDir, without, writeSheets, writeTracker } from "./support";

interface BadCase {
  /** What the user did. */
  readonly name: string;
  /** Put the input files in `dir`; return the arguments after `jiebang`. */
  readonly make: (dir: string) => Promise<string[]> | string[];
  /** What the Chinese sentence must say. */
  readonly zh: readonly RegExp[];
  /** What the English sentence (--lang en) must say; absent when the case is about --lang itself. */
  readonly en?: readonly RegExp[];
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function file(dir: string, name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const CASES: readonly BadCase[] = [
  {
    name: "a CSV text file named .xlsx",
    make: (dir) => ["run", file(dir, "tracker.xlsx", "项目编号,项目名称,研发投入总额（万元）\nA-1,测试项目,260\n")],
    zh: [/「.*tracker\.xlsx」是文本文件/, /另存为 \.xlsx/],
    en: [/tracker\.xlsx” is a text file/, /save it as \.xlsx/],
  },
  {
    name: "an old Excel 97-2003 .xls file (D0 CF 11 E0 A1 B1 1A E1)",
    make: (dir) => {
      const bytes = new Uint8Array(4096);
      bytes.set(OLE_SIGNATURE);
      return ["run", file(dir, "old.xlsx", bytes)];
    },
    zh: [/old\.xlsx」是旧版 Excel 97-2003（\.xls）文件/],
    en: [/old\.xlsx” is an Excel 97-2003 \(\.xls\) file/],
  },
  {
    name: "an old .xls file under its own name",
    make: (dir) => {
      const bytes = new Uint8Array(4096);
      bytes.set(OLE_SIGNATURE);
      return ["run", file(dir, "tracker.xls", bytes)];
    },
    zh: [/tracker\.xls」是旧版 Excel 97-2003/],
    en: [/Excel 97-2003/],
  },
  {
    name: "a truncated .xlsx (the first half of the sample)",
    make: (dir) => {
      const sample = readFileSync(SAMPLE);
      return ["run", file(dir, "truncated.xlsx", sample.subarray(0, Math.floor(sample.length / 2)))];
    },
    zh: [/truncated\.xlsx」不是可读取的 \.xlsx 工作簿（文件不完整或已损坏）/],
    en: [/truncated\.xlsx” is not a readable \.xlsx workbook \(the file is incomplete or damaged\)/],
  },
  {
    name: "an empty (zero-byte) file",
    make: (dir) => ["run", file(dir, "empty.xlsx", new Uint8Array(0))],
    zh: [/empty\.xlsx」不是可读取的 \.xlsx 工作簿（文件是空的）/],
    en: [/\(the file is empty\)/],
  },
  {
    name: "a picture named .xlsx",
    make: (dir) => ["run", file(dir, "picture.xlsx", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]))],
    zh: [/picture\.xlsx」不是可读取的 \.xlsx 工作簿（无法识别的文件格式）/],
    en: [/\(unrecognised file format\)/],
  },
  {
    name: "an empty workbook",
    make: async (dir) => ["run", await writeSheets(dir, "blank.xlsx", [{ name: "Sheet1", rows: [] }])],
    zh: [/blank\.xlsx」中没有任何数据/],
    en: [/blank\.xlsx” holds no data: every worksheet is empty/],
  },
  {
    name: "a workbook whose sheets hold no tracker header",
    make: async (dir) => [
      "run",
      await writeSheets(dir, "notes.xlsx", [
        { name: "说明", rows: [["2022年工作计划"], ["一、总体要求"], ["二、重点任务"]] },
        { name: "数据", rows: [["月份", "金额"], [1, 100], [2, 200]] },
      ]),
    ],
    zh: [/找不到项目台账/, /说明、数据/, /--map/],
    en: [/No tracker found in the workbook/, /说明, 数据/],
  },
  {
    name: "--sheet naming a sheet without a tracker header",
    make: async (dir) => [
      "run",
      await writeSheets(dir, "two-sheets.xlsx", [
        { name: "说明", rows: [["填表说明：金额单位为万元"]] },
        { name: "台账", rows: [[...SIMPLIFIED_HEADERS], ...mixedProjects().map(rowOf)] },
      ]),
      "--sheet",
      "说明",
    ],
    zh: [/工作表「说明」中找不到项目台账的表头/, /--sheet/],
    en: [/No tracker header in worksheet “说明”/],
  },
  {
    name: "--sheet naming a sheet that does not exist",
    make: async (dir) => ["run", await writeTracker(dir, "tracker.xlsx", mixedProjects()), "--sheet", "第二批"],
    zh: [/没有名为「第二批」的工作表/, /现有工作表：台账/],
    en: [/no worksheet named “第二批”/, /Its worksheets are: 台账/],
  },
  {
    name: "a tracker without an investment column",
    make: async (dir) => {
      const { headers, rows } = without(["investment"], SIMPLIFIED_HEADERS, mixedProjects());
      return ["run", await writeSheets(dir, "no-investment.xlsx", [{ name: "台账", rows: [headers, ...rows] }])];
    },
    zh: [/找不到必需的列：研发投入总额。/, /识别到的表头有：项目编号、项目名称、项目类型/, /一事一议核定金额（万元）/],
    en: [/lacks required columns: Total R&D investment\./, /Headers seen: 项目编号, 项目名称/],
  },
  {
    name: "a tracker without its type and agreement columns",
    make: async (dir) => {
      const { headers, rows } = without(["type", "matched"], SIMPLIFIED_HEADERS, mixedProjects());
      return ["run", await writeSheets(dir, "no-type.xlsx", [{ name: "台账", rows: [headers, ...rows] }])];
    },
    zh: [/找不到必需的列：项目类型、是否达成合作/],
    en: [/lacks required columns: Project type, Agreement reached/],
  },
  {
    name: "a tracker lacking a column whose other headers hold line breaks (as the sample's do)",
    make: async (dir) => {
      const headers = headersWith({ investment: "研发投入总额\n（万元）", type: "备用" });
      return ["run", await writeTracker(dir, "linebreak.xlsx", mixedProjects(), headers)];
    },
    zh: [/找不到必需的列：项目类型/, /研发投入总额/],
    en: [/lacks required columns: Project type/],
  },
  {
    name: "--map naming a header the tracker does not have",
    make: async (dir) => ["run", await writeTracker(dir, "tracker.xlsx", mixedProjects()), "--map", "investment=协议总经费"],
    zh: [/--map 指定的表头「协议总经费」/, /现有表头：项目编号/],
    en: [/The header “协议总经费” given with --map for field Total R&D investment/],
  },
  {
    name: "a missing file",
    make: (dir) => ["run", join(dir, "nowhere.xlsx")],
    zh: [/找不到文件「.*nowhere\.xlsx」/],
    en: [/File “.*nowhere\.xlsx” not found/],
  },
  {
    name: "a folder without any tracker",
    make: (dir) => {
      mkdirSync(join(dir, "folder.xlsx"));
      writeFileSync(join(dir, "folder.xlsx", "说明.txt"), "");
      return ["run", join(dir, "folder.xlsx")];
    },
    zh: [/文件夹「.*folder\.xlsx」中没有 \.xlsx 台账文件/],
    en: [/The folder “.*folder\.xlsx” holds no \.xlsx tracker file/],
  },
  {
    name: "an unknown option",
    make: async (dir) => ["run", await writeTracker(dir, "tracker.xlsx", mixedProjects()), "--frobnicate"],
    zh: [/^未知选项「--frobnicate」/, /jiebang --help/],
    en: [/^Unknown option “--frobnicate”/, /jiebang --help/],
  },
  {
    name: "no tracker named",
    make: () => ["run"],
    zh: [/^参数有误：/, /<台账\.xlsx>/],
    en: [/^Wrong arguments: /, /<tracker\.xlsx>/],
  },
  {
    name: "an unknown command",
    make: () => ["audit", "tracker.xlsx"],
    zh: [/未知命令「audit」/],
    en: [/Unknown command “audit”/],
  },
  {
    name: "an unknown --lang",
    make: async (dir) => ["run", await writeTracker(dir, "tracker.xlsx", mixedProjects()), "--lang", "fr"],
    zh: [/--lang 只能是 zh-CN 或 en，而不是「fr」/],
  },
  {
    name: "an unknown --unit",
    make: async (dir) => ["run", await writeTracker(dir, "tracker.xlsx", mixedProjects()), "--unit", "千元"],
    zh: [/--unit 只能是 元、万元 或 亿元，而不是「千元」/],
    en: [/--unit must be 元, 万元 or 亿元/, /not “千元”/],
  },
  {
    name: "a --map without field=Header",
    make: async (dir) => ["run", await writeTracker(dir, "tracker.xlsx", mixedProjects()), "--map", "研发经费"],
    zh: [/--map 的写法应为 字段=表头/, /「研发经费」/, /investment/],
    en: [/--map takes field=Header/, /“研发经费”/],
  },
  {
    name: "a --rules pack that does not exist",
    make: async (dir) => ["run", await writeTracker(dir, "tracker.xlsx", mixedProjects()), "--rules", join(dir, "missing-pack.json")],
    zh: [/找不到规则包「.*missing-pack\.json」/],
    en: [/Rule pack “.*missing-pack\.json” not found/],
  },
  {
    name: "a --rules pack that is not JSON",
    make: async (dir) => ["run", await writeTracker(dir, "tracker.xlsx", mixedProjects()), "--rules", file(dir, "pack.json", "{ not json")],
    zh: [/规则包「.*pack\.json」不是有效的 JSON/],
    en: [/Rule pack “.*pack\.json” is not valid JSON/],
  },
];

/** Exit 2, one line on stderr matching `expected`, nothing on stdout, the directory as it was. */
async function expectRefused(args: string[], dir: string, before: readonly string[], expected: readonly RegExp[]): Promise<string> {
  const result = await runCli(args);
  expect(result.code, result.stderr).toBe(2);
  expect(listing(dir), "no output or temporary file is left behind").toEqual(before);
  expect(result.stdout).toBe("");
  expect(result.stderr.endsWith("\n")).toBe(true);
  expect(lines(result.stderr), `one line: ${JSON.stringify(result.stderr)}`).toHaveLength(1);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toMatch(/Error:|JiebangError/);
  for (const pattern of expected) expect(result.stderr).toMatch(pattern);
  return result.stderr;
}

describe("jiebang run refuses what it cannot decide", () => {
  it.each(CASES)("$name: exit 2, one sentence, nothing written", async (bad) => {
    const dir = tempDir();
    const args = await bad.make(dir);
    const before = listing(dir);
    await expectRefused(args, dir, before, bad.zh);
  });

  it.each(CASES.filter((c) => c.en !== undefined))("$name, with --lang en: the sentence is in English", async (bad) => {
    const dir = tempDir();
    const args = [...(await bad.make(dir)), "--lang", "en"];
    const before = listing(dir);
    const text = await expectRefused(args, dir, before, bad.en!);
    // Chinese sentence punctuation only appears inside quoted names, never as the sentence's own.
    expect(text.trimEnd()).toMatch(/[.)]$/);
    expect(text).not.toMatch(/请|。/);
  });

  it("--lang may come before the tracker, and --lang=en works too", async () => {
    const result = await runCli(["run", "--lang", "en", "/nonexistent/tracker.xlsx"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("File “/nonexistent/tracker.xlsx” not found. Check the path.\n");
    const joined = await runCli(["run", "/nonexistent/tracker.xlsx", "--lang=en"]);
    expect(joined.stderr).toBe("File “/nonexistent/tracker.xlsx” not found. Check the path.\n");
  });

  it("without --lang the sentence is Chinese", async () => {
    const result = await runCli(["run", "/nonexistent/tracker.xlsx"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("找不到文件「/nonexistent/tracker.xlsx」。请检查路径。\n");
  });

  it("a file it refuses is left exactly as it was", async () => {
    const dir = tempDir();
    const input = join(dir, "tracker.xlsx");
    writeFileSync(input, "项目编号,研发投入总额\nA-1,260\n");
    const before = readFileSync(input);
    await expectRefused(["run", input, "--force", "--json", join(dir, "r.json")], dir, ["tracker.xlsx"], [/是文本文件/]);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe("--debug", () => {
  it("adds the stack after the sentence, and the exit code stays 2", async () => {
    const dir = tempDir();
    const input = join(dir, "nowhere.xlsx");
    const plain = await runCli(["run", input]);
    const debug = await runCli(["run", input, "--debug"]);

    expect(debug.code).toBe(2);
    const [first, ...rest] = lines(debug.stderr);
    expect(`${first}\n`).toBe(plain.stderr);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.join("\n")).toMatch(STACK_FRAME);
    expect(listing(dir)).toEqual([]);
  });

  it("an unreadable tracker gets the same sentence first, then the stack", async () => {
    const dir = tempDir();
    const { headers, rows } = without(["investment"], SIMPLIFIED_HEADERS, [project()]);
    const input = await writeSheets(dir, "t.xlsx", [{ rows: [headers, ...rows] }]);
    const debug = await runCli(["run", input, "--debug", "--lang", "en"]);
    expect(debug.code).toBe(2);
    expect(lines(debug.stderr)[0]).toMatch(/^The header in row 1 of worksheet “Sheet1” lacks required columns: Total R&D investment\./);
    expect(debug.stderr).toMatch(STACK_FRAME);
  });
});

describe("an internal fault", () => {
  const failingStdout = () => {
    throw new Error("write EPIPE");
  };

  it("exits 1 with one sentence that asks for --debug, and no stack", async () => {
    const dir = tempDir();
    const input = await writeTracker(dir, "tracker.xlsx", [project()]);
    const result = await runCli(["run", input], { stdout: failingStdout });

    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/jiebang 内部错误：write EPIPE/);
    expect(result.stderr).toContain("--debug");
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it("shows the stack with --debug", async () => {
    const dir = tempDir();
    const input = await writeTracker(dir, "tracker.xlsx", [project()]);
    const result = await runCli(["run", input, "--debug", "--lang", "en"], { stdout: failingStdout });

    expect(result.code).toBe(1);
    expect(lines(result.stderr)[0]).toMatch(/^Internal error in jiebang: write EPIPE\./);
    expect(result.stderr).toMatch(STACK_FRAME);
  });
});

describe("the installed command on a bad file", () => {
  it("exit code 2 reaches the shell, with one line on stderr and no stack", () => {
    const dir = tempDir();
    const bytes = new Uint8Array(1024);
    bytes.set(OLE_SIGNATURE);
    const input = file(dir, "old.xlsx", bytes);
    const result = spawnCli(["run", input]);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain("Excel 97-2003");
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(listing(dir)).toEqual(["old.xlsx"]);
  });

  it("an unknown option exits 2 from the shell too, and --debug shows the stack there", () => {
    const dir = tempDir();
    const result = spawnCli(["run", join(dir, "t.xlsx"), "--frobnicate", "--debug"], dir);

    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toMatch(/^未知选项「--frobnicate」/);
    expect(result.stderr).toMatch(STACK_FRAME);
    expect(listing(dir)).toEqual([]);
  });
});
