/**
 * Write the crafted packages to a directory, to open them in Excel or try them by hand:
 *
 *   npx tsx test/crafted/write.ts DIR [regex]      # DIR/<name>.xlsx (and DIR/pinned-pack.json)
 *   npx tsx test/crafted/write.ts --table          # the README's table of cases, as Markdown
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CRAFTED, expectationKind, PINNED_PACK } from "./packages";

const [first, filter] = process.argv.slice(2);
if (!first) {
  process.stderr.write("usage: npx tsx test/crafted/write.ts DIR [regex] | --table\n");
  process.exit(2);
}
if (first === "--table") {
  const words = { decide: "decide", refuse: "refuse (exit 2)", decideOrRefuse: "decide like the sample, or refuse" };
  process.stdout.write("| case | what | expected |\n| --- | --- | --- |\n");
  for (const c of CRAFTED) process.stdout.write(`| \`${c.name}\` | ${c.what.replaceAll("|", "\\|").replaceAll("<", "&lt;")} | ${words[expectationKind(c.expect)]} |\n`);
} else {
  mkdirSync(first, { recursive: true });
  const only = filter ? new RegExp(filter) : null;
  for (const c of CRAFTED) {
    if (only && !only.test(c.name)) continue;
    const bytes = await c.build();
    writeFileSync(join(first, `${c.name}.xlsx`), bytes);
    process.stdout.write(`${c.name}.xlsx  ${bytes.length} bytes${c.pack ? "  (decide with --rules pinned-pack.json)" : ""}\n`);
  }
  writeFileSync(join(first, "pinned-pack.json"), PINNED_PACK);
}
