// Compiles rules/rulepack.schema.json and rules/ruletests.schema.json into rules/*.validator.js with ajv's standalone code
// generation, so no schema is compiled at run time (no `new Function`: the task pane's
// Content-Security-Policy forbids it). Run after editing the schema: npm run schema.
// A test (test/rules/schema-validator.test.ts) fails when the generated file is out of date.
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { readFileSync, writeFileSync } from "node:fs";

export const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true, esm: true, lines: true } };

export const SCHEMAS = ["rulepack", "ruletests"];

export function validatorSource(name = "rulepack") {
  const schema = JSON.parse(readFileSync(new URL(`./${name}.schema.json`, import.meta.url), "utf8"));
  const ajv = new Ajv(AJV_OPTIONS);
  // ajv's ESM output still require()s its runtime helpers; turn them into imports.
  const imports = [];
  const code = standaloneCode(ajv, ajv.compile(schema)).replace(/const (\w+) = require\("([^"]+)"\)\.default;/g, (_whole, name, path) => {
    imports.push(`import ${name}Module from "${path}.js";`);
    return `const ${name} = ${name}Module.default ?? ${name}Module;`;
  });
  return `// Generated from ${name}.schema.json by generate-validator.mjs. Do not edit.\n${imports.join("\n")}\n${code}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of SCHEMAS) {
    writeFileSync(new URL(`./${name}.validator.js`, import.meta.url), validatorSource(name));
    process.stdout.write(`wrote rules/${name}.validator.js\n`);
  }
}
