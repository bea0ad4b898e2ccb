/**
 * A project reported twice is decided once: the later row is invalid,
 * DUPLICATE_PROJECT, naming the first one's sheet and row (and its file,
 * when it is another source's), so it is never paid twice. A 赛马制 list taken by two teams is not a repeat.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, readJson, readWorkbook, runCli, tempDir, uscc, writeTracker, type Project } from "./support";

/** The tracker the last `decide` wrote. */
let inputOf = "";

interface Row {
  row: number;
  status: string;
  subsidyYuan: string;
  reasons: Array<{ code: string; message: string; cell: string | null }>;
  warnings: Array<{ code: string; message: string }>;
}

async function decide(projects: readonly Project[], extra: readonly string[] = []) {
  const dir = tempDir();
  const input = await writeTracker(dir, "包头市.xlsx", projects);
  inputOf = input;
  const json = join(dir, "out.json");
  const result = await runCli(["run", input, "--out", join(dir, "out.xlsx"), "--json", json, ...extra]);
  expect(result.code).toBe(0);
  const report = readJson(json) as unknown as { decisions: Row[]; summary: { duplicates: number; funded: number; invalid: number; subsidyYuan: string } };
  return { report, stdout: result.stdout, out: join(dir, "out.xlsx"), at: (row: number) => report.decisions.find((d) => d.row === row)! };
}

describe("a project reported twice", () => {
  // Rows 2.. of the sheet (header in row 1).
  const first = project({ id: "BT-001", name: "稀土永磁材料制备关键技术", issuer: "包头某稀土新材料有限公司", uscc: uscc("150200", 901), solver: "北京某大学、包头某研究院", solverLocation: "北京市、包头市", investment: 2000 });
  const again = project({ id: "BT-009", name: "稀土永磁材料制备关键技术", issuer: "包头某稀土新材料有限公司", uscc: uscc("150200", 901), solver: "北京某大学", investment: 2000 });
  // The same issuer name written in Traditional script, full width, with spaces, and no USCC: the names decide.
  const spelled = project({ id: "BT-010", name: "稀土永磁材料 制备关键技术", issuer: "包頭某稀土新材料有限公司", uscc: null, solver: "北京某大學", investment: 2000 });
  // A 赛马制 list taken by a second team: the same id, issuer and project, another lead solver.
  const race = project({ id: "BT-001", name: "稀土永磁材料制备关键技术", issuer: "包头某稀土新材料有限公司", uscc: uscc("150200", 901), solver: "上海某大学", investment: 1000 });
  // Another company of the same name (both USCCs valid and different): not the same issuer.
  const namesake = project({ id: "BT-011", name: "稀土永磁材料制备关键技术", issuer: "包头某稀土新材料有限公司", uscc: uscc("150200", 902), solver: "北京某大学", investment: 2000 });

  it("is invalid DUPLICATE_PROJECT on its later rows, naming the first one's file, sheet and row; a 赛马制 pair and a namesake are not", async () => {
    const { report, at, stdout, out } = await decide([first, again, spelled, race, namesake]);
    expect(at(2).status).toBe("funded");
    for (const row of [3, 4]) {
      expect(at(row).status, `row ${row}`).toBe("invalid");
      expect(at(row).subsidyYuan).toBe("0.00");
      expect(at(row).reasons).toEqual([
        { code: "DUPLICATE_PROJECT", message: "与工作表「台账」第 2 行是同一项目（发榜单位、项目名称和牵头揭榜单位相同），以该行的判定为准，不重复计入", cell: expect.stringMatching(/^[A-Z]+\d+$/) },
      ]);
    }
    expect(at(5).status).toBe("funded");
    expect(at(5).warnings.map((w) => w.code)).toContain("DUPLICATE_ID");
    expect(at(6).status).toBe("funded");
    expect(report.summary.duplicates).toBe(2);
    expect(report.summary.funded).toBe(3);
    // 30 % of 2,000 万元 (first), of 1,000 万元 (the second team), of 2,000 万元 (the namesake).
    expect(report.summary.subsidyYuan).toBe("15000000.00");
    expect(stdout).toMatch(/│ 重复申报的项目（不重复资助） +│ +2 │/);
    // The Issues sheet lists both repeats, for a person to check.
    const issues: string[] = [];
    (await readWorkbook(out)).getWorksheet("问题")!.eachRow((row) => row.eachCell((cell) => void (cell.value === "DUPLICATE_PROJECT" && issues.push(String(row.getCell(1).value)))));
    expect(issues).toHaveLength(2);
  });

  it("is a warning with --allow-duplicates, for a department that has checked them", async () => {
    const { report, at } = await decide([first, again], ["--allow-duplicates"]);
    expect(at(3).status).toBe("funded");
    expect(at(3).warnings.map((w) => w.code)).toContain("DUPLICATE_PROJECT");
    expect(report.summary.duplicates).toBe(1);
    expect(report.summary.subsidyYuan).toBe("12000000.00");
  });

  it("speaks English with --lang en", async () => {
    const { at } = await decide([first, again], ["--lang", "en"]);
    expect(at(3).reasons[0]!.message).toBe("The same project as row 2 of worksheet “台账” (same issuer, project name and lead solver): decided there, not counted twice");
  });

  it("verifies as intact, and decides again the same, with or without --allow-duplicates, whatever the tracker's file is called", async () => {
    for (const extra of [[], ["--allow-duplicates"]]) {
      const { out } = await decide([first, again], extra);
      const renamed = join(tempDir(), "包头市（副本）.xlsx");
      copyFileSync(inputOf, renamed);
      const checked = await runCli(["verify", out, renamed]);
      expect(checked.stdout + checked.stderr, `verify after run ${extra.join(" ")}`).toMatch(/^完好/);
      expect(checked.code).toBe(0);
    }
  });
});
