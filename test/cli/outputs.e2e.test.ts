import { existsSync, linkSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { project, runCli, tempDir, writeTracker } from "./support";

describe("outputs that leave nothing wrong behind", () => {
  it("refuses --out and --json naming one file, by path or through a link, before any work", async () => {
    const dir = tempDir();
    const input = await writeTracker(dir, "t.xlsx", [project()]);
    const same = await runCli(["run", input, "--out", join(dir, "r.xlsx"), "--json", join(dir, ".", "r.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("两个输出指向同一个文件");
    expect(existsSync(join(dir, "r.xlsx"))).toBe(false);
    writeFileSync(join(dir, "a.json"), "");
    linkSync(join(dir, "a.json"), join(dir, "b.xlsx"));
    const linked = await runCli(["run", input, "--out", join(dir, "b.xlsx"), "--json", join(dir, "a.json"), "--force"]);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain("--out、--json");
    // The input, reached through a hard link, is never an output.
    linkSync(input, join(dir, "same-as-input.xlsx"));
    const input2 = await runCli(["run", input, "--out", join(dir, "same-as-input.xlsx"), "--force"]);
    expect(input2.code).toBe(2);
    expect(input2.stderr).toContain("不能是输入的台账");
  });

  it("removes the temporaries a killed run left beside the targets, and says so; a live run's are left alone", async () => {
    const dir = tempDir();
    const input = await writeTracker(dir, "t.xlsx", [project()]);
    const out = join(dir, "t.audited.xlsx");
    // PID 2^22+1 is above Linux's pid_max default: no process has it.
    const dead = join(dir, `.t.audited.xlsx.tmp-4194305-0123abcd`);
    const live = join(dir, `.t.audited.xlsx.tmp-${process.pid}-89abcdef`);
    writeFileSync(dead, "half a workbook");
    writeFileSync(live, "another run's work");
    const result = await runCli(["run", input, "--out", out]);
    expect(result.code).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(result.stderr).toContain("已删除上次中断的运行留下的 1 个临时文件");
  });

  it("cuts a text over Excel's 32,767-character limit in the cell, with a marker, keeps it whole in the record, and verify passes", async () => {
    const dir = tempDir();
    const long = "稀土".repeat(20_000);
    const input = await writeTracker(dir, "t.xlsx", [project({ id: "LONG-1", name: long })]);
    const out = join(dir, "t.audited.xlsx");
    const json = join(dir, "t.json");
    expect((await runCli(["run", input, "--out", out, "--json", json])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let longest = 0;
    let marked = false;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const text = typeof cell.value === "string" ? cell.value : "";
          longest = Math.max(longest, text.length);
          if (text.startsWith("稀土稀土") && text.includes("已截断")) marked = true;
        }),
      ),
    );
    expect(longest).toBeLessThanOrEqual(32_767);
    expect(marked).toBe(true);
    // The record that verify reads keeps the whole text.
    const record: string[] = [];
    wb.getWorksheet("_jiebang")!.eachRow((row) => row.eachCell((cell) => record.push(String(cell.value))));
    expect(record.join("")).toContain(long);
    expect(readFileSync(json, "utf8")).toContain("LONG-1");
    const verified = await runCli(["verify", out, input]);
    expect(verified.stdout + verified.stderr).not.toContain("已改动");
    expect(verified.code).toBe(0);
  });
});
