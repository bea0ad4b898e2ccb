import Ajv, { type ErrorObject } from "ajv";
import schema from "../../rules/rulepack.schema.json";

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(schema);

/** The schema errors of a parsed pack (rules/rulepack.schema.json); empty when it fits. */
export function schemaErrors(document: unknown): ErrorObject[] {
  return validate(document) ? [] : [...(validate.errors ?? [])];
}

export { schema as RULEPACK_SCHEMA };
