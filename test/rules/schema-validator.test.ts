import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { SCHEMAS, validatorSource } from "../../rules/generate-validator.mjs";

describe("the generated validators", () => {
  it.each(SCHEMAS as string[])("rules/%s.validator.js is up to date with its schema (run `npm run schema` after editing it)", (name) => {
    const committed = readFileSync(new URL(`../../rules/${name}.validator.js`, import.meta.url), "utf8");
    expect(committed).toBe(validatorSource(name));
  });
});
