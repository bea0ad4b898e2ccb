import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { validatorSource } from "../../rules/generate-validator.mjs";

describe("the generated rule-pack validator", () => {
  it("is up to date with rules/rulepack.schema.json (run `npm run schema` after editing the schema)", () => {
    const committed = readFileSync(new URL("../../rules/rulepack.validator.js", import.meta.url), "utf8");
    expect(committed).toBe(validatorSource());
  });
});
