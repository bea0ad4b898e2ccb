import type { ErrorObject } from "ajv";
import schema from "../../rules/rulepack.schema.json";
import validate from "../../rules/rulepack.validator.js";

/**
 * The schema errors of a parsed pack (rules/rulepack.schema.json); empty when it fits.
 * The validator is generated ahead of time (rules/generate-validator.mjs), so nothing
 * is compiled at run time.
 */
export function schemaErrors(document: unknown): ErrorObject[] {
  return validate(document) ? [] : [...(validate.errors ?? [])];
}

export { schema as RULEPACK_SCHEMA };
