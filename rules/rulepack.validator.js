// Generated from rulepack.schema.json by generate-validator.mjs. Do not edit.
import func3Module from "ajv/dist/runtime/ucs2length.js";
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://jiebang.invalid/rulepack.schema.json","title":"jiebang rule pack","description":"A 揭榜挂帅 funding rule set: eligibility and funding rules as json-rules-engine conditions, with dated parameters and messages. Amounts and rates are decimal strings, never numbers.","type":"object","additionalProperties":false,"required":["id","version","title","jurisdiction","source","effective","rounding","parameters","eligibility","funding","messages"],"properties":{"$schema":{"type":"string","maxLength":500},"id":{"description":"Stable identifier of the rule set, shared by all its dated versions (e.g. nmg).","type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"version":{"description":"This version's name, usually the month it was issued (e.g. 2021-12).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"},"title":{"$ref":"#/definitions/localized"},"jurisdiction":{"$ref":"#/definitions/localized"},"illustration":{"description":"Set on example packs that are not an official rule set.","type":"boolean"},"source":{"description":"The policy document this pack encodes.","type":"object","additionalProperties":false,"required":["title","issuedBy","issued"],"properties":{"title":{"$ref":"#/definitions/localized"},"issuedBy":{"$ref":"#/definitions/localized"},"issued":{"type":"string","pattern":"^\\d{4}-\\d{2}(-\\d{2})?$"},"url":{"type":"string","maxLength":500},"note":{"$ref":"#/definitions/localized"}}},"effective":{"description":"Dates between which this version is in force (to is inclusive; null means open-ended).","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"#/definitions/date"},"to":{"oneOf":[{"$ref":"#/definitions/date"},{"type":"null"}]}}},"dateFact":{"description":"The fact whose date chooses the version in force for a row (default signedOn).","$ref":"#/definitions/factName"},"requires":{"description":"What this pack needs of a pack under it to pay a row: {\"pack\": \"nmg\", \"status\": \"funded\"} pays only rows that pack funds. Null: the pack pays on its own. Absent: a pack with appliesTo requires the run's primary pack to fund the row.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["pack","status"],"properties":{"pack":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"The id of the required pack."},"status":{"enum":["funded"],"description":"The status the required pack must give the row."}}}]},"combinedCap":{"description":"Parameter name (unit yuan): the row's total over this pack and the packs it requires never exceeds it; this pack's amount is cut (COMBINED_CAP).","$ref":"#/definitions/identifier"},"failureTolerance":{"description":"With tranches: a project that fails acceptance or is terminated keeps what was due and owes nothing back. Without it, what was due is to be returned (reclaimYuan).","type":"boolean"},"appliesTo":{"description":"Which rows this pack decides (e.g. a league city's pack: the issuer is in that city). Absent: every row.","$ref":"#/definitions/topCondition"},"rounding":{"description":"How a percentage of an amount is rounded before the cap applies.","type":"object","additionalProperties":false,"required":["places","mode"],"properties":{"places":{"type":"integer","minimum":0,"maximum":2},"mode":{"enum":["half-up","half-even","half-down","down","up"]}}},"parameters":{"description":"Named amounts and rates, each with its unit and legal reference.","type":"object","maxProperties":200,"propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"$ref":"#/definitions/parameter"}},"assumptions":{"description":"What a missing fact is taken to be, with the reason (e.g. an empty 是否特别重大 cell means not especially major).","type":"object","maxProperties":50,"propertyNames":{"$ref":"#/definitions/identifier"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["value","description"],"properties":{"value":{"type":["boolean","string"],"maxLength":200},"description":{"$ref":"#/definitions/localized"}}}},"guards":{"description":"Policy guards: facts no rule of this pack may condition on.","type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["id","forbiddenFacts","description"],"properties":{"id":{"$ref":"#/definitions/identifier"},"forbiddenFacts":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/definitions/factName"}},"description":{"$ref":"#/definitions/localized"}}}},"eligibility":{"description":"Conditions every project must meet; a row that fails one is ineligible with the rule's reason.","type":"array","maxItems":200,"items":{"$ref":"#/definitions/eligibilityRule"}},"funding":{"description":"Funding lines; for each eligible row exactly one should apply.","type":"array","maxItems":200,"items":{"$ref":"#/definitions/fundingRule"}},"messages":{"description":"The text of every reason code, in zh-CN and en. Placeholders: {field}, {cell}, {value}, {detail}, {rule}.","type":"object","maxProperties":200,"propertyNames":{"pattern":"^[A-Z][A-Z0-9_]{0,59}$"},"additionalProperties":{"$ref":"#/definitions/localized"}}},"definitions":{"identifier":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,59}$","not":{"enum":["constructor","prototype","toString","valueOf","hasOwnProperty"]}},"factName":{"$ref":"#/definitions/identifier"},"date":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"decimal":{"type":"string","pattern":"^-?\\d{1,15}(\\.\\d{1,10})?$"},"localized":{"type":"object","additionalProperties":false,"required":["zh-CN","en"],"properties":{"zh-CN":{"type":"string","minLength":1,"maxLength":2000},"en":{"type":"string","minLength":1,"maxLength":2000}}},"parameter":{"type":"object","additionalProperties":false,"required":["value","unit","label"],"properties":{"value":{"type":"string"},"unit":{"enum":["ratio","yuan","date"]},"label":{"$ref":"#/definitions/localized"},"reference":{"$ref":"#/definitions/localized"}},"if":{"properties":{"unit":{"const":"date"}}},"then":{"properties":{"value":{"$ref":"#/definitions/date"}}},"else":{"properties":{"value":{"$ref":"#/definitions/decimal"}}}},"scalar":{"type":["string","boolean","integer"],"maxLength":500},"conditionValue":{"if":{"type":"array"},"then":{"type":"array","maxItems":200,"items":{"$ref":"#/definitions/scalar"}},"else":{"if":{"type":"object"},"then":{"type":"object","description":"The value of a named parameter of this pack.","additionalProperties":false,"required":["param"],"properties":{"param":{"$ref":"#/definitions/identifier"}}},"else":{"$ref":"#/definitions/scalar"}}},"condition":{"description":"A json-rules-engine condition: all/any of conditions, not of one, or a fact compared with a value.","type":"object","if":{"required":["all"]},"then":{"type":"object","additionalProperties":false,"required":["all"],"properties":{"all":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/definitions/condition"}}}},"else":{"if":{"required":["any"]},"then":{"type":"object","additionalProperties":false,"required":["any"],"properties":{"any":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/definitions/condition"}}}},"else":{"if":{"required":["not"]},"then":{"type":"object","additionalProperties":false,"required":["not"],"properties":{"not":{"$ref":"#/definitions/condition"}}},"else":{"type":"object","additionalProperties":false,"required":["fact","operator","value"],"properties":{"fact":{"$ref":"#/definitions/factName"},"operator":{"enum":["equal","notEqual","in","notIn","lessThan","lessThanInclusive","greaterThan","greaterThanInclusive","decimalEqual","decimalLessThan","decimalLessThanInclusive","decimalGreaterThan","decimalGreaterThanInclusive","textContains","textStartsWith","dateBefore","dateOnOrBefore","dateAfter","dateOnOrAfter"]},"value":{"$ref":"#/definitions/conditionValue"}}}}}},"topCondition":{"description":"json-rules-engine conditions: all, any or not at the top.","type":"object","anyOf":[{"required":["all"]},{"required":["any"]},{"required":["not"]}],"allOf":[{"$ref":"#/definitions/condition"}]},"eligibilityRule":{"type":"object","additionalProperties":false,"required":["name","description","reason","conditions"],"properties":{"name":{"$ref":"#/definitions/identifier"},"description":{"$ref":"#/definitions/localized"},"reason":{"type":"string","pattern":"^[A-Z][A-Z0-9_]{0,59}$"},"conditions":{"$ref":"#/definitions/topCondition"}}},"recipient":{"if":{"type":"object"},"then":{"type":"object","description":"The recipient by project type (case-by-case lines pay whoever the type's line pays).","additionalProperties":false,"required":["tech","transformation"],"properties":{"tech":{"enum":["issuer","solver"]},"transformation":{"enum":["issuer","solver"]}}},"else":{"enum":["issuer","solver"]}},"fundingRule":{"type":"object","additionalProperties":false,"required":["name","line","description","recipient","conditions"],"properties":{"name":{"$ref":"#/definitions/identifier"},"line":{"enum":["tech","transformation","case-by-case"]},"description":{"$ref":"#/definitions/localized"},"recipient":{"$ref":"#/definitions/recipient"},"rate":{"description":"Parameter name of the rate (formula lines).","$ref":"#/definitions/identifier"},"base":{"description":"What the rate applies to: a money fact's name (default investment), or {\"layer\": \"nmg\"} for the named pack's subsidy for the row (a 1:1 match is a rate of \"1\").","oneOf":[{"$ref":"#/definitions/factName"},{"type":"object","additionalProperties":false,"required":["layer"],"properties":{"layer":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$","description":"The id of a pack this one requires."}}}]},"cap":{"description":"Parameter name of the cap (formula lines).","$ref":"#/definitions/identifier"},"tiers":{"description":"A progressive rate on the base, like income-tax brackets: each tier's rate applies to the part of the base up to its upTo (parameter names); the last tier has no upTo. Replaces rate; rounded once at the end.","type":"array","minItems":2,"maxItems":20,"items":{"type":"object","additionalProperties":false,"required":["rate"],"properties":{"upTo":{"$ref":"#/definitions/identifier"},"rate":{"$ref":"#/definitions/identifier"}}}},"recipientCap":{"description":"One recipient's total from this line across rows, for the year of signedOn or the whole run (parameter name of the cap, unit yuan).","type":"object","additionalProperties":false,"required":["cap","per"],"properties":{"cap":{"$ref":"#/definitions/identifier"},"per":{"enum":["year","run"]}}},"tranches":{"description":"The payable amount split by stage: shares (parameter names, unit ratio) summing to 1; fen remainders go to the last tranche.","type":"array","minItems":1,"maxItems":10,"items":{"type":"object","additionalProperties":false,"required":["share","when"],"properties":{"share":{"$ref":"#/definitions/identifier"},"when":{"enum":["signing","acceptance"]}}}},"caseByCase":{"description":"The amount is the approved case-by-case amount: no formula and no cap.","const":true},"conditions":{"$ref":"#/definitions/topCondition"}}}}};
const schema12 = {"type":"object","additionalProperties":false,"required":["zh-CN","en"],"properties":{"zh-CN":{"type":"string","minLength":1,"maxLength":2000},"en":{"type":"string","minLength":1,"maxLength":2000}}};
const schema17 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"};
const schema19 = {"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,59}$","not":{"enum":["constructor","prototype","toString","valueOf","hasOwnProperty"]}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = func3Module.default ?? func3Module;
const pattern0 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$", "u");
const pattern2 = new RegExp("^\\d{4}-\\d{2}(-\\d{2})?$", "u");
const pattern3 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern5 = new RegExp("^[A-Za-z][A-Za-z0-9_-]{0,59}$", "u");
const pattern6 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const pattern17 = new RegExp("^[A-Z][A-Z0-9_]{0,59}$", "u");
const schema21 = {"description":"json-rules-engine conditions: all, any or not at the top.","type":"object","anyOf":[{"required":["all"]},{"required":["any"]},{"required":["not"]}],"allOf":[{"$ref":"#/definitions/condition"}]};
const schema22 = {"description":"A json-rules-engine condition: all/any of conditions, not of one, or a fact compared with a value.","type":"object","if":{"required":["all"]},"then":{"type":"object","additionalProperties":false,"required":["all"],"properties":{"all":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/definitions/condition"}}}},"else":{"if":{"required":["any"]},"then":{"type":"object","additionalProperties":false,"required":["any"],"properties":{"any":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/definitions/condition"}}}},"else":{"if":{"required":["not"]},"then":{"type":"object","additionalProperties":false,"required":["not"],"properties":{"not":{"$ref":"#/definitions/condition"}}},"else":{"type":"object","additionalProperties":false,"required":["fact","operator","value"],"properties":{"fact":{"$ref":"#/definitions/factName"},"operator":{"enum":["equal","notEqual","in","notIn","lessThan","lessThanInclusive","greaterThan","greaterThanInclusive","decimalEqual","decimalLessThan","decimalLessThanInclusive","decimalGreaterThan","decimalGreaterThanInclusive","textContains","textStartsWith","dateBefore","dateOnOrBefore","dateAfter","dateOnOrAfter"]},"value":{"$ref":"#/definitions/conditionValue"}}}}}};
const wrapper0 = {validate: validate12};
const schema24 = {"if":{"type":"array"},"then":{"type":"array","maxItems":200,"items":{"$ref":"#/definitions/scalar"}},"else":{"if":{"type":"object"},"then":{"type":"object","description":"The value of a named parameter of this pack.","additionalProperties":false,"required":["param"],"properties":{"param":{"$ref":"#/definitions/identifier"}}},"else":{"$ref":"#/definitions/scalar"}}};
const schema25 = {"type":["string","boolean","integer"],"maxLength":500};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(!(Array.isArray(data))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(Array.isArray(data)){
if(data.length > 200){
const err1 = {instancePath,schemaPath:"#/then/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(((typeof data0 !== "string") && (typeof data0 !== "boolean")) && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/scalar/type",keyword:"type",params:{type: schema25.type},message:"must be string,boolean,integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/scalar/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs8 = errors;
const _errs9 = errors;
let valid4 = true;
const _errs10 = errors;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.param === undefined){
const err6 = {instancePath,schemaPath:"#/else/then/required",keyword:"required",params:{missingProperty: "param"},message:"must have required property '"+"param"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "param")){
const err7 = {instancePath,schemaPath:"#/else/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.param !== undefined){
let data1 = data.param;
const _errs18 = errors;
const _errs19 = errors;
if(!(((((data1 === "constructor") || (data1 === "prototype")) || (data1 === "toString")) || (data1 === "valueOf")) || (data1 === "hasOwnProperty"))){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid7 = _errs19 === errors;
if(valid7){
const err9 = {instancePath:instancePath+"/param",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err10 = {instancePath:instancePath+"/param",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/param",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/else/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid4 = _valid1;
ifClause1 = "then";
}
else {
const _errs20 = errors;
if(((typeof data !== "string") && (typeof data !== "boolean")) && (!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data))))){
const err13 = {instancePath,schemaPath:"#/definitions/scalar/type",keyword:"type",params:{type: schema25.type},message:"must be string,boolean,integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data === "string"){
if(func3(data) > 500){
const err14 = {instancePath,schemaPath:"#/definitions/scalar/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid1 = _errs20 === errors;
valid4 = _valid1;
ifClause1 = "else";
}
if(!valid4){
const err15 = {instancePath,schemaPath:"#/else/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err16 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.all === undefined) && (missing0 = "all")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.all === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "all"},message:"must have required property '"+"all"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "all")){
const err3 = {instancePath,schemaPath:"#/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.all !== undefined){
let data0 = data.all;
if(Array.isArray(data0)){
if(data0.length > 100){
const err4 = {instancePath:instancePath+"/all",schemaPath:"#/then/properties/all/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/all",schemaPath:"#/then/properties/all/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data0[i0], {instancePath:instancePath+"/all/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/all",schemaPath:"#/then/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs9 = errors;
const _errs10 = errors;
let valid4 = true;
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.any === undefined) && (missing1 = "any")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs11 === errors;
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.any === undefined){
const err9 = {instancePath,schemaPath:"#/else/then/required",keyword:"required",params:{missingProperty: "any"},message:"must have required property '"+"any"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "any")){
const err10 = {instancePath,schemaPath:"#/else/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.any !== undefined){
let data2 = data.any;
if(Array.isArray(data2)){
if(data2.length > 100){
const err11 = {instancePath:instancePath+"/any",schemaPath:"#/else/then/properties/any/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.length < 1){
const err12 = {instancePath:instancePath+"/any",schemaPath:"#/else/then/properties/any/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(wrapper0.validate(data2[i1], {instancePath:instancePath+"/any/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/any",schemaPath:"#/else/then/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/else/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid4 = _valid1;
ifClause1 = "then";
}
else {
const _errs18 = errors;
const _errs19 = errors;
let valid8 = true;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.not === undefined) && (missing2 = "not")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid2 = _errs20 === errors;
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.not === undefined){
const err16 = {instancePath,schemaPath:"#/else/else/then/required",keyword:"required",params:{missingProperty: "not"},message:"must have required property '"+"not"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data){
if(!(key2 === "not")){
const err17 = {instancePath,schemaPath:"#/else/else/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.not !== undefined){
if(!(wrapper0.validate(data.not, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/else/else/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs21 === errors;
valid8 = _valid2;
ifClause2 = "then";
}
else {
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fact === undefined){
const err19 = {instancePath,schemaPath:"#/else/else/else/required",keyword:"required",params:{missingProperty: "fact"},message:"must have required property '"+"fact"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.operator === undefined){
const err20 = {instancePath,schemaPath:"#/else/else/else/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.value === undefined){
const err21 = {instancePath,schemaPath:"#/else/else/else/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key3 in data){
if(!(((key3 === "fact") || (key3 === "operator")) || (key3 === "value"))){
const err22 = {instancePath,schemaPath:"#/else/else/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.fact !== undefined){
let data5 = data.fact;
const _errs31 = errors;
const _errs32 = errors;
if(!(((((data5 === "constructor") || (data5 === "prototype")) || (data5 === "toString")) || (data5 === "valueOf")) || (data5 === "hasOwnProperty"))){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid12 = _errs32 === errors;
if(valid12){
const err24 = {instancePath:instancePath+"/fact",schemaPath:"#/definitions/factName/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err25 = {instancePath:instancePath+"/fact",schemaPath:"#/definitions/factName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/fact",schemaPath:"#/definitions/factName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.operator !== undefined){
let data6 = data.operator;
if(!(((((((((((((((((((data6 === "equal") || (data6 === "notEqual")) || (data6 === "in")) || (data6 === "notIn")) || (data6 === "lessThan")) || (data6 === "lessThanInclusive")) || (data6 === "greaterThan")) || (data6 === "greaterThanInclusive")) || (data6 === "decimalEqual")) || (data6 === "decimalLessThan")) || (data6 === "decimalLessThanInclusive")) || (data6 === "decimalGreaterThan")) || (data6 === "decimalGreaterThanInclusive")) || (data6 === "textContains")) || (data6 === "textStartsWith")) || (data6 === "dateBefore")) || (data6 === "dateOnOrBefore")) || (data6 === "dateAfter")) || (data6 === "dateOnOrAfter"))){
const err27 = {instancePath:instancePath+"/operator",schemaPath:"#/else/else/else/properties/operator/enum",keyword:"enum",params:{allowedValues: schema22.else.else.else.properties.operator.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.value !== undefined){
if(!(validate13(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/else/else/else/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid8 = _valid2;
ifClause2 = "else";
}
if(!valid8){
const err29 = {instancePath,schemaPath:"#/else/else/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = _valid1;
ifClause1 = "else";
}
if(!valid4){
const err30 = {instancePath,schemaPath:"#/else/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err31 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.all === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "all"},message:"must have required property '"+"all"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.any === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "any"},message:"must have required property '"+"any"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.not === undefined){
const err3 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "not"},message:"must have required property '"+"not"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(!(validate12(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema29 = {"type":"object","additionalProperties":false,"required":["value","unit","label"],"properties":{"value":{"type":"string"},"unit":{"enum":["ratio","yuan","date"]},"label":{"$ref":"#/definitions/localized"},"reference":{"$ref":"#/definitions/localized"}},"if":{"properties":{"unit":{"const":"date"}}},"then":{"properties":{"value":{"$ref":"#/definitions/date"}}},"else":{"properties":{"value":{"$ref":"#/definitions/decimal"}}}};
const schema31 = {"type":"string","pattern":"^-?\\d{1,15}(\\.\\d{1,10})?$"};
const pattern12 = new RegExp("^-?\\d{1,15}(\\.\\d{1,10})?$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.unit !== undefined){
if("date" !== data.unit){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value !== undefined){
let data1 = data.value;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err1 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value !== undefined){
let data2 = data.value;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/decimal/pattern",keyword:"pattern",params:{pattern: "^-?\\d{1,15}(\\.\\d{1,10})?$"},message:"must match pattern \""+"^-?\\d{1,15}(\\.\\d{1,10})?$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/decimal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var _valid0 = _errs8 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.unit === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.label === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "value") || (key0 === "unit")) || (key0 === "label")) || (key0 === "reference"))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err10 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.unit !== undefined){
let data4 = data.unit;
if(!(((data4 === "ratio") || (data4 === "yuan")) || (data4 === "date"))){
const err11 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/enum",keyword:"enum",params:{allowedValues: schema29.properties.unit.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.label !== undefined){
let data5 = data.label;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5["zh-CN"] === undefined){
const err12 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.en === undefined){
const err13 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "zh-CN") || (key1 === "en"))){
const err14 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5["zh-CN"] !== undefined){
let data6 = data5["zh-CN"];
if(typeof data6 === "string"){
if(func3(data6) > 2000){
const err15 = {instancePath:instancePath+"/label/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data6) < 1){
const err16 = {instancePath:instancePath+"/label/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/label/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.en !== undefined){
let data7 = data5.en;
if(typeof data7 === "string"){
if(func3(data7) > 2000){
const err18 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func3(data7) < 1){
const err19 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.reference !== undefined){
let data8 = data.reference;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8["zh-CN"] === undefined){
const err22 = {instancePath:instancePath+"/reference",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.en === undefined){
const err23 = {instancePath:instancePath+"/reference",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "zh-CN") || (key2 === "en"))){
const err24 = {instancePath:instancePath+"/reference",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8["zh-CN"] !== undefined){
let data9 = data8["zh-CN"];
if(typeof data9 === "string"){
if(func3(data9) > 2000){
const err25 = {instancePath:instancePath+"/reference/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func3(data9) < 1){
const err26 = {instancePath:instancePath+"/reference/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/reference/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.en !== undefined){
let data10 = data8.en;
if(typeof data10 === "string"){
if(func3(data10) > 2000){
const err28 = {instancePath:instancePath+"/reference/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func3(data10) < 1){
const err29 = {instancePath:instancePath+"/reference/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/reference/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/reference",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema39 = {"type":"object","additionalProperties":false,"required":["name","description","reason","conditions"],"properties":{"name":{"$ref":"#/definitions/identifier"},"description":{"$ref":"#/definitions/localized"},"reason":{"type":"string","pattern":"^[A-Z][A-Z0-9_]{0,59}$"},"conditions":{"$ref":"#/definitions/topCondition"}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.description === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.conditions === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conditions"},message:"must have required property '"+"conditions"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "description")) || (key0 === "reason")) || (key0 === "conditions"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((data0 === "constructor") || (data0 === "prototype")) || (data0 === "toString")) || (data0 === "valueOf")) || (data0 === "hasOwnProperty"))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1["zh-CN"] === undefined){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.en === undefined){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "zh-CN") || (key1 === "en"))){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1["zh-CN"] !== undefined){
let data2 = data1["zh-CN"];
if(typeof data2 === "string"){
if(func3(data2) > 2000){
const err12 = {instancePath:instancePath+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func3(data2) < 1){
const err13 = {instancePath:instancePath+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.en !== undefined){
let data3 = data1.en;
if(typeof data3 === "string"){
if(func3(data3) > 2000){
const err15 = {instancePath:instancePath+"/description/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data3) < 1){
const err16 = {instancePath:instancePath+"/description/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/description/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.reason !== undefined){
let data4 = data.reason;
if(typeof data4 === "string"){
if(!pattern17.test(data4)){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]{0,59}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.conditions !== undefined){
if(!(validate11(data.conditions, {instancePath:instancePath+"/conditions",parentData:data,parentDataProperty:"conditions",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema42 = {"type":"object","additionalProperties":false,"required":["name","line","description","recipient","conditions"],"properties":{"name":{"$ref":"#/definitions/identifier"},"line":{"enum":["tech","transformation","case-by-case"]},"description":{"$ref":"#/definitions/localized"},"recipient":{"$ref":"#/definitions/recipient"},"rate":{"description":"Parameter name of the rate (formula lines).","$ref":"#/definitions/identifier"},"base":{"description":"What the rate applies to: a money fact's name (default investment), or {\"layer\": \"nmg\"} for the named pack's subsidy for the row (a 1:1 match is a rate of \"1\").","oneOf":[{"$ref":"#/definitions/factName"},{"type":"object","additionalProperties":false,"required":["layer"],"properties":{"layer":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$","description":"The id of a pack this one requires."}}}]},"cap":{"description":"Parameter name of the cap (formula lines).","$ref":"#/definitions/identifier"},"tiers":{"description":"A progressive rate on the base, like income-tax brackets: each tier's rate applies to the part of the base up to its upTo (parameter names); the last tier has no upTo. Replaces rate; rounded once at the end.","type":"array","minItems":2,"maxItems":20,"items":{"type":"object","additionalProperties":false,"required":["rate"],"properties":{"upTo":{"$ref":"#/definitions/identifier"},"rate":{"$ref":"#/definitions/identifier"}}}},"recipientCap":{"description":"One recipient's total from this line across rows, for the year of signedOn or the whole run (parameter name of the cap, unit yuan).","type":"object","additionalProperties":false,"required":["cap","per"],"properties":{"cap":{"$ref":"#/definitions/identifier"},"per":{"enum":["year","run"]}}},"tranches":{"description":"The payable amount split by stage: shares (parameter names, unit ratio) summing to 1; fen remainders go to the last tranche.","type":"array","minItems":1,"maxItems":10,"items":{"type":"object","additionalProperties":false,"required":["share","when"],"properties":{"share":{"$ref":"#/definitions/identifier"},"when":{"enum":["signing","acceptance"]}}}},"caseByCase":{"description":"The amount is the approved case-by-case amount: no formula and no cap.","const":true},"conditions":{"$ref":"#/definitions/topCondition"}}};
const schema45 = {"if":{"type":"object"},"then":{"type":"object","description":"The recipient by project type (case-by-case lines pay whoever the type's line pays).","additionalProperties":false,"required":["tech","transformation"],"properties":{"tech":{"enum":["issuer","solver"]},"transformation":{"enum":["issuer","solver"]}}},"else":{"enum":["issuer","solver"]}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.line === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.description === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.recipient === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recipient"},message:"must have required property '"+"recipient"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.conditions === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conditions"},message:"must have required property '"+"conditions"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema42.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((data0 === "constructor") || (data0 === "prototype")) || (data0 === "toString")) || (data0 === "valueOf")) || (data0 === "hasOwnProperty"))){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.line !== undefined){
let data1 = data.line;
if(!(((data1 === "tech") || (data1 === "transformation")) || (data1 === "case-by-case"))){
const err10 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/enum",keyword:"enum",params:{allowedValues: schema42.properties.line.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2["zh-CN"] === undefined){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.en === undefined){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "zh-CN") || (key1 === "en"))){
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2["zh-CN"] !== undefined){
let data3 = data2["zh-CN"];
if(typeof data3 === "string"){
if(func3(data3) > 2000){
const err14 = {instancePath:instancePath+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func3(data3) < 1){
const err15 = {instancePath:instancePath+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.en !== undefined){
let data4 = data2.en;
if(typeof data4 === "string"){
if(func3(data4) > 2000){
const err17 = {instancePath:instancePath+"/description/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func3(data4) < 1){
const err18 = {instancePath:instancePath+"/description/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/description/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.recipient !== undefined){
let data5 = data.recipient;
const _errs18 = errors;
let valid6 = true;
const _errs19 = errors;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs19 === errors;
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs21 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.tech === undefined){
const err22 = {instancePath:instancePath+"/recipient",schemaPath:"#/definitions/recipient/then/required",keyword:"required",params:{missingProperty: "tech"},message:"must have required property '"+"tech"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.transformation === undefined){
const err23 = {instancePath:instancePath+"/recipient",schemaPath:"#/definitions/recipient/then/required",keyword:"required",params:{missingProperty: "transformation"},message:"must have required property '"+"transformation"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "tech") || (key2 === "transformation"))){
const err24 = {instancePath:instancePath+"/recipient",schemaPath:"#/definitions/recipient/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.tech !== undefined){
let data6 = data5.tech;
if(!((data6 === "issuer") || (data6 === "solver"))){
const err25 = {instancePath:instancePath+"/recipient/tech",schemaPath:"#/definitions/recipient/then/properties/tech/enum",keyword:"enum",params:{allowedValues: schema45.then.properties.tech.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.transformation !== undefined){
let data7 = data5.transformation;
if(!((data7 === "issuer") || (data7 === "solver"))){
const err26 = {instancePath:instancePath+"/recipient/transformation",schemaPath:"#/definitions/recipient/then/properties/transformation/enum",keyword:"enum",params:{allowedValues: schema45.then.properties.transformation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/recipient",schemaPath:"#/definitions/recipient/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid6 = _valid0;
ifClause0 = "then";
}
else {
const _errs26 = errors;
if(!((data5 === "issuer") || (data5 === "solver"))){
const err28 = {instancePath:instancePath+"/recipient",schemaPath:"#/definitions/recipient/else/enum",keyword:"enum",params:{allowedValues: schema45.else.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs26 === errors;
valid6 = _valid0;
ifClause0 = "else";
}
if(!valid6){
const err29 = {instancePath:instancePath+"/recipient",schemaPath:"#/definitions/recipient/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.rate !== undefined){
let data8 = data.rate;
const _errs30 = errors;
const _errs31 = errors;
if(!(((((data8 === "constructor") || (data8 === "prototype")) || (data8 === "toString")) || (data8 === "valueOf")) || (data8 === "hasOwnProperty"))){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid9 = _errs31 === errors;
if(valid9){
const err31 = {instancePath:instancePath+"/rate",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err32 = {instancePath:instancePath+"/rate",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/rate",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.base !== undefined){
let data9 = data.base;
const _errs33 = errors;
let valid10 = false;
let passing0 = null;
const _errs34 = errors;
const _errs37 = errors;
const _errs38 = errors;
if(!(((((data9 === "constructor") || (data9 === "prototype")) || (data9 === "toString")) || (data9 === "valueOf")) || (data9 === "hasOwnProperty"))){
const err34 = {};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid12 = _errs38 === errors;
if(valid12){
const err35 = {instancePath:instancePath+"/base",schemaPath:"#/definitions/factName/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err36 = {instancePath:instancePath+"/base",schemaPath:"#/definitions/factName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/base",schemaPath:"#/definitions/factName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid1 = _errs34 === errors;
if(_valid1){
valid10 = true;
passing0 = 0;
}
const _errs39 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.layer === undefined){
const err38 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/oneOf/1/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key3 in data9){
if(!(key3 === "layer")){
const err39 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data9.layer !== undefined){
let data10 = data9.layer;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err40 = {instancePath:instancePath+"/base/layer",schemaPath:"#/properties/base/oneOf/1/properties/layer/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,39}$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/base/layer",schemaPath:"#/properties/base/oneOf/1/properties/layer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid1 = _errs39 === errors;
if(_valid1 && valid10){
valid10 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid10 = true;
passing0 = 1;
}
}
if(!valid10){
const err43 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data.cap !== undefined){
let data11 = data.cap;
const _errs47 = errors;
const _errs48 = errors;
if(!(((((data11 === "constructor") || (data11 === "prototype")) || (data11 === "toString")) || (data11 === "valueOf")) || (data11 === "hasOwnProperty"))){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid15 = _errs48 === errors;
if(valid15){
const err45 = {instancePath:instancePath+"/cap",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
if(typeof data11 === "string"){
if(!pattern5.test(data11)){
const err46 = {instancePath:instancePath+"/cap",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/cap",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.tiers !== undefined){
let data12 = data.tiers;
if(Array.isArray(data12)){
if(data12.length > 20){
const err48 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data12.length < 2){
const err49 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.rate === undefined){
const err50 = {instancePath:instancePath+"/tiers/" + i0,schemaPath:"#/properties/tiers/items/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key4 in data13){
if(!((key4 === "upTo") || (key4 === "rate"))){
const err51 = {instancePath:instancePath+"/tiers/" + i0,schemaPath:"#/properties/tiers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data13.upTo !== undefined){
let data14 = data13.upTo;
const _errs57 = errors;
const _errs58 = errors;
if(!(((((data14 === "constructor") || (data14 === "prototype")) || (data14 === "toString")) || (data14 === "valueOf")) || (data14 === "hasOwnProperty"))){
const err52 = {};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var valid20 = _errs58 === errors;
if(valid20){
const err53 = {instancePath:instancePath+"/tiers/" + i0+"/upTo",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
if(typeof data14 === "string"){
if(!pattern5.test(data14)){
const err54 = {instancePath:instancePath+"/tiers/" + i0+"/upTo",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/tiers/" + i0+"/upTo",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data13.rate !== undefined){
let data15 = data13.rate;
const _errs62 = errors;
const _errs63 = errors;
if(!(((((data15 === "constructor") || (data15 === "prototype")) || (data15 === "toString")) || (data15 === "valueOf")) || (data15 === "hasOwnProperty"))){
const err56 = {};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var valid22 = _errs63 === errors;
if(valid22){
const err57 = {instancePath:instancePath+"/tiers/" + i0+"/rate",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
if(typeof data15 === "string"){
if(!pattern5.test(data15)){
const err58 = {instancePath:instancePath+"/tiers/" + i0+"/rate",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/tiers/" + i0+"/rate",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/tiers/" + i0,schemaPath:"#/properties/tiers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.recipientCap !== undefined){
let data16 = data.recipientCap;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.cap === undefined){
const err62 = {instancePath:instancePath+"/recipientCap",schemaPath:"#/properties/recipientCap/required",keyword:"required",params:{missingProperty: "cap"},message:"must have required property '"+"cap"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data16.per === undefined){
const err63 = {instancePath:instancePath+"/recipientCap",schemaPath:"#/properties/recipientCap/required",keyword:"required",params:{missingProperty: "per"},message:"must have required property '"+"per"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key5 in data16){
if(!((key5 === "cap") || (key5 === "per"))){
const err64 = {instancePath:instancePath+"/recipientCap",schemaPath:"#/properties/recipientCap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data16.cap !== undefined){
let data17 = data16.cap;
const _errs70 = errors;
const _errs71 = errors;
if(!(((((data17 === "constructor") || (data17 === "prototype")) || (data17 === "toString")) || (data17 === "valueOf")) || (data17 === "hasOwnProperty"))){
const err65 = {};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var valid25 = _errs71 === errors;
if(valid25){
const err66 = {instancePath:instancePath+"/recipientCap/cap",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
}
if(typeof data17 === "string"){
if(!pattern5.test(data17)){
const err67 = {instancePath:instancePath+"/recipientCap/cap",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/recipientCap/cap",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data16.per !== undefined){
let data18 = data16.per;
if(!((data18 === "year") || (data18 === "run"))){
const err69 = {instancePath:instancePath+"/recipientCap/per",schemaPath:"#/properties/recipientCap/properties/per/enum",keyword:"enum",params:{allowedValues: schema42.properties.recipientCap.properties.per.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/recipientCap",schemaPath:"#/properties/recipientCap/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.tranches !== undefined){
let data19 = data.tranches;
if(Array.isArray(data19)){
if(data19.length > 10){
const err71 = {instancePath:instancePath+"/tranches",schemaPath:"#/properties/tranches/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data19.length < 1){
const err72 = {instancePath:instancePath+"/tranches",schemaPath:"#/properties/tranches/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
let data20 = data19[i1];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.share === undefined){
const err73 = {instancePath:instancePath+"/tranches/" + i1,schemaPath:"#/properties/tranches/items/required",keyword:"required",params:{missingProperty: "share"},message:"must have required property '"+"share"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data20.when === undefined){
const err74 = {instancePath:instancePath+"/tranches/" + i1,schemaPath:"#/properties/tranches/items/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key6 in data20){
if(!((key6 === "share") || (key6 === "when"))){
const err75 = {instancePath:instancePath+"/tranches/" + i1,schemaPath:"#/properties/tranches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data20.share !== undefined){
let data21 = data20.share;
const _errs81 = errors;
const _errs82 = errors;
if(!(((((data21 === "constructor") || (data21 === "prototype")) || (data21 === "toString")) || (data21 === "valueOf")) || (data21 === "hasOwnProperty"))){
const err76 = {};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var valid30 = _errs82 === errors;
if(valid30){
const err77 = {instancePath:instancePath+"/tranches/" + i1+"/share",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs81;
if(vErrors !== null){
if(_errs81){
vErrors.length = _errs81;
}
else {
vErrors = null;
}
}
}
if(typeof data21 === "string"){
if(!pattern5.test(data21)){
const err78 = {instancePath:instancePath+"/tranches/" + i1+"/share",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/tranches/" + i1+"/share",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data20.when !== undefined){
let data22 = data20.when;
if(!((data22 === "signing") || (data22 === "acceptance"))){
const err80 = {instancePath:instancePath+"/tranches/" + i1+"/when",schemaPath:"#/properties/tranches/items/properties/when/enum",keyword:"enum",params:{allowedValues: schema42.properties.tranches.items.properties.when.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/tranches/" + i1,schemaPath:"#/properties/tranches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/tranches",schemaPath:"#/properties/tranches/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.caseByCase !== undefined){
if(true !== data.caseByCase){
const err83 = {instancePath:instancePath+"/caseByCase",schemaPath:"#/properties/caseByCase/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.conditions !== undefined){
if(!(validate11(data.conditions, {instancePath:instancePath+"/conditions",parentData:data,parentDataProperty:"conditions",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err84 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://jiebang.invalid/rulepack.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.jurisdiction === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jurisdiction"},message:"must have required property '"+"jurisdiction"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.source === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.effective === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.rounding === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rounding"},message:"must have required property '"+"rounding"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.parameters === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parameters"},message:"must have required property '"+"parameters"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.eligibility === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eligibility"},message:"must have required property '"+"eligibility"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.funding === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "funding"},message:"must have required property '"+"funding"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.messages === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "messages"},message:"must have required property '"+"messages"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(func3(data0) > 500){
const err12 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,39}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err16 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3["zh-CN"] === undefined){
const err18 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data3.en === undefined){
const err19 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "zh-CN") || (key1 === "en"))){
const err20 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3["zh-CN"] !== undefined){
let data4 = data3["zh-CN"];
if(typeof data4 === "string"){
if(func3(data4) > 2000){
const err21 = {instancePath:instancePath+"/title/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func3(data4) < 1){
const err22 = {instancePath:instancePath+"/title/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/title/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.en !== undefined){
let data5 = data3.en;
if(typeof data5 === "string"){
if(func3(data5) > 2000){
const err24 = {instancePath:instancePath+"/title/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func3(data5) < 1){
const err25 = {instancePath:instancePath+"/title/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/title/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.jurisdiction !== undefined){
let data6 = data.jurisdiction;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6["zh-CN"] === undefined){
const err28 = {instancePath:instancePath+"/jurisdiction",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data6.en === undefined){
const err29 = {instancePath:instancePath+"/jurisdiction",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data6){
if(!((key2 === "zh-CN") || (key2 === "en"))){
const err30 = {instancePath:instancePath+"/jurisdiction",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6["zh-CN"] !== undefined){
let data7 = data6["zh-CN"];
if(typeof data7 === "string"){
if(func3(data7) > 2000){
const err31 = {instancePath:instancePath+"/jurisdiction/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func3(data7) < 1){
const err32 = {instancePath:instancePath+"/jurisdiction/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/jurisdiction/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.en !== undefined){
let data8 = data6.en;
if(typeof data8 === "string"){
if(func3(data8) > 2000){
const err34 = {instancePath:instancePath+"/jurisdiction/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func3(data8) < 1){
const err35 = {instancePath:instancePath+"/jurisdiction/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/jurisdiction/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/jurisdiction",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.illustration !== undefined){
if(typeof data.illustration !== "boolean"){
const err38 = {instancePath:instancePath+"/illustration",schemaPath:"#/properties/illustration/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.source !== undefined){
let data10 = data.source;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.title === undefined){
const err39 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data10.issuedBy === undefined){
const err40 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "issuedBy"},message:"must have required property '"+"issuedBy"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data10.issued === undefined){
const err41 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "issued"},message:"must have required property '"+"issued"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key3 in data10){
if(!(((((key3 === "title") || (key3 === "issuedBy")) || (key3 === "issued")) || (key3 === "url")) || (key3 === "note"))){
const err42 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data10.title !== undefined){
let data11 = data10.title;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11["zh-CN"] === undefined){
const err43 = {instancePath:instancePath+"/source/title",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data11.en === undefined){
const err44 = {instancePath:instancePath+"/source/title",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key4 in data11){
if(!((key4 === "zh-CN") || (key4 === "en"))){
const err45 = {instancePath:instancePath+"/source/title",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11["zh-CN"] !== undefined){
let data12 = data11["zh-CN"];
if(typeof data12 === "string"){
if(func3(data12) > 2000){
const err46 = {instancePath:instancePath+"/source/title/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(func3(data12) < 1){
const err47 = {instancePath:instancePath+"/source/title/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/source/title/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data11.en !== undefined){
let data13 = data11.en;
if(typeof data13 === "string"){
if(func3(data13) > 2000){
const err49 = {instancePath:instancePath+"/source/title/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func3(data13) < 1){
const err50 = {instancePath:instancePath+"/source/title/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/source/title/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/source/title",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data10.issuedBy !== undefined){
let data14 = data10.issuedBy;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14["zh-CN"] === undefined){
const err53 = {instancePath:instancePath+"/source/issuedBy",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data14.en === undefined){
const err54 = {instancePath:instancePath+"/source/issuedBy",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key5 in data14){
if(!((key5 === "zh-CN") || (key5 === "en"))){
const err55 = {instancePath:instancePath+"/source/issuedBy",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data14["zh-CN"] !== undefined){
let data15 = data14["zh-CN"];
if(typeof data15 === "string"){
if(func3(data15) > 2000){
const err56 = {instancePath:instancePath+"/source/issuedBy/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func3(data15) < 1){
const err57 = {instancePath:instancePath+"/source/issuedBy/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/source/issuedBy/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data14.en !== undefined){
let data16 = data14.en;
if(typeof data16 === "string"){
if(func3(data16) > 2000){
const err59 = {instancePath:instancePath+"/source/issuedBy/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func3(data16) < 1){
const err60 = {instancePath:instancePath+"/source/issuedBy/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/source/issuedBy/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/source/issuedBy",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data10.issued !== undefined){
let data17 = data10.issued;
if(typeof data17 === "string"){
if(!pattern2.test(data17)){
const err63 = {instancePath:instancePath+"/source/issued",schemaPath:"#/properties/source/properties/issued/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}(-\\d{2})?$"},message:"must match pattern \""+"^\\d{4}-\\d{2}(-\\d{2})?$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/source/issued",schemaPath:"#/properties/source/properties/issued/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data10.url !== undefined){
let data18 = data10.url;
if(typeof data18 === "string"){
if(func3(data18) > 500){
const err65 = {instancePath:instancePath+"/source/url",schemaPath:"#/properties/source/properties/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/source/url",schemaPath:"#/properties/source/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data10.note !== undefined){
let data19 = data10.note;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19["zh-CN"] === undefined){
const err67 = {instancePath:instancePath+"/source/note",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data19.en === undefined){
const err68 = {instancePath:instancePath+"/source/note",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
for(const key6 in data19){
if(!((key6 === "zh-CN") || (key6 === "en"))){
const err69 = {instancePath:instancePath+"/source/note",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data19["zh-CN"] !== undefined){
let data20 = data19["zh-CN"];
if(typeof data20 === "string"){
if(func3(data20) > 2000){
const err70 = {instancePath:instancePath+"/source/note/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(func3(data20) < 1){
const err71 = {instancePath:instancePath+"/source/note/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/source/note/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data19.en !== undefined){
let data21 = data19.en;
if(typeof data21 === "string"){
if(func3(data21) > 2000){
const err73 = {instancePath:instancePath+"/source/note/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(func3(data21) < 1){
const err74 = {instancePath:instancePath+"/source/note/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/source/note/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/source/note",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.effective !== undefined){
let data22 = data.effective;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.from === undefined){
const err78 = {instancePath:instancePath+"/effective",schemaPath:"#/properties/effective/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data22.to === undefined){
const err79 = {instancePath:instancePath+"/effective",schemaPath:"#/properties/effective/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
for(const key7 in data22){
if(!((key7 === "from") || (key7 === "to"))){
const err80 = {instancePath:instancePath+"/effective",schemaPath:"#/properties/effective/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data22.from !== undefined){
let data23 = data22.from;
if(typeof data23 === "string"){
if(!pattern3.test(data23)){
const err81 = {instancePath:instancePath+"/effective/from",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/effective/from",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data22.to !== undefined){
let data24 = data22.to;
const _errs64 = errors;
let valid14 = false;
let passing0 = null;
const _errs65 = errors;
if(typeof data24 === "string"){
if(!pattern3.test(data24)){
const err83 = {instancePath:instancePath+"/effective/to",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/effective/to",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid0 = _errs65 === errors;
if(_valid0){
valid14 = true;
passing0 = 0;
}
const _errs68 = errors;
if(data24 !== null){
const err85 = {instancePath:instancePath+"/effective/to",schemaPath:"#/properties/effective/properties/to/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid0 = _errs68 === errors;
if(_valid0 && valid14){
valid14 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid14 = true;
passing0 = 1;
}
}
if(!valid14){
const err86 = {instancePath:instancePath+"/effective/to",schemaPath:"#/properties/effective/properties/to/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
else {
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err87 = {instancePath:instancePath+"/effective",schemaPath:"#/properties/effective/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.dateFact !== undefined){
let data25 = data.dateFact;
const _errs73 = errors;
const _errs74 = errors;
if(!(((((data25 === "constructor") || (data25 === "prototype")) || (data25 === "toString")) || (data25 === "valueOf")) || (data25 === "hasOwnProperty"))){
const err88 = {};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var valid17 = _errs74 === errors;
if(valid17){
const err89 = {instancePath:instancePath+"/dateFact",schemaPath:"#/definitions/factName/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
else {
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
}
if(typeof data25 === "string"){
if(!pattern5.test(data25)){
const err90 = {instancePath:instancePath+"/dateFact",schemaPath:"#/definitions/factName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/dateFact",schemaPath:"#/definitions/factName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.requires !== undefined){
let data26 = data.requires;
const _errs76 = errors;
let valid18 = false;
let passing1 = null;
const _errs77 = errors;
if(data26 !== null){
const err92 = {instancePath:instancePath+"/requires",schemaPath:"#/properties/requires/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var _valid1 = _errs77 === errors;
if(_valid1){
valid18 = true;
passing1 = 0;
}
const _errs79 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.pack === undefined){
const err93 = {instancePath:instancePath+"/requires",schemaPath:"#/properties/requires/oneOf/1/required",keyword:"required",params:{missingProperty: "pack"},message:"must have required property '"+"pack"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data26.status === undefined){
const err94 = {instancePath:instancePath+"/requires",schemaPath:"#/properties/requires/oneOf/1/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
for(const key8 in data26){
if(!((key8 === "pack") || (key8 === "status"))){
const err95 = {instancePath:instancePath+"/requires",schemaPath:"#/properties/requires/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data26.pack !== undefined){
let data27 = data26.pack;
if(typeof data27 === "string"){
if(!pattern6.test(data27)){
const err96 = {instancePath:instancePath+"/requires/pack",schemaPath:"#/properties/requires/oneOf/1/properties/pack/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/requires/pack",schemaPath:"#/properties/requires/oneOf/1/properties/pack/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data26.status !== undefined){
if(!(data26.status === "funded")){
const err98 = {instancePath:instancePath+"/requires/status",schemaPath:"#/properties/requires/oneOf/1/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.requires.oneOf[1].properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/requires",schemaPath:"#/properties/requires/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid1 = _errs79 === errors;
if(_valid1 && valid18){
valid18 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid18 = true;
passing1 = 1;
}
}
if(!valid18){
const err100 = {instancePath:instancePath+"/requires",schemaPath:"#/properties/requires/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
else {
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
}
}
if(data.combinedCap !== undefined){
let data29 = data.combinedCap;
const _errs88 = errors;
const _errs89 = errors;
if(!(((((data29 === "constructor") || (data29 === "prototype")) || (data29 === "toString")) || (data29 === "valueOf")) || (data29 === "hasOwnProperty"))){
const err101 = {};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var valid21 = _errs89 === errors;
if(valid21){
const err102 = {instancePath:instancePath+"/combinedCap",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
else {
errors = _errs88;
if(vErrors !== null){
if(_errs88){
vErrors.length = _errs88;
}
else {
vErrors = null;
}
}
}
if(typeof data29 === "string"){
if(!pattern5.test(data29)){
const err103 = {instancePath:instancePath+"/combinedCap",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/combinedCap",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data.failureTolerance !== undefined){
if(typeof data.failureTolerance !== "boolean"){
const err105 = {instancePath:instancePath+"/failureTolerance",schemaPath:"#/properties/failureTolerance/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.appliesTo !== undefined){
if(!(validate11(data.appliesTo, {instancePath:instancePath+"/appliesTo",parentData:data,parentDataProperty:"appliesTo",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.rounding !== undefined){
let data32 = data.rounding;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.places === undefined){
const err106 = {instancePath:instancePath+"/rounding",schemaPath:"#/properties/rounding/required",keyword:"required",params:{missingProperty: "places"},message:"must have required property '"+"places"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data32.mode === undefined){
const err107 = {instancePath:instancePath+"/rounding",schemaPath:"#/properties/rounding/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key9 in data32){
if(!((key9 === "places") || (key9 === "mode"))){
const err108 = {instancePath:instancePath+"/rounding",schemaPath:"#/properties/rounding/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data32.places !== undefined){
let data33 = data32.places;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err109 = {instancePath:instancePath+"/rounding/places",schemaPath:"#/properties/rounding/properties/places/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 2 || isNaN(data33)){
const err110 = {instancePath:instancePath+"/rounding/places",schemaPath:"#/properties/rounding/properties/places/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data33 < 0 || isNaN(data33)){
const err111 = {instancePath:instancePath+"/rounding/places",schemaPath:"#/properties/rounding/properties/places/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
if(data32.mode !== undefined){
let data34 = data32.mode;
if(!(((((data34 === "half-up") || (data34 === "half-even")) || (data34 === "half-down")) || (data34 === "down")) || (data34 === "up"))){
const err112 = {instancePath:instancePath+"/rounding/mode",schemaPath:"#/properties/rounding/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.rounding.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/rounding",schemaPath:"#/properties/rounding/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data.parameters !== undefined){
let data35 = data.parameters;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(Object.keys(data35).length > 200){
const err114 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/maxProperties",keyword:"maxProperties",params:{limit: 200},message:"must NOT have more than 200 properties"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
for(const key10 in data35){
const _errs101 = errors;
const _errs104 = errors;
const _errs105 = errors;
if(!(((((key10 === "constructor") || (key10 === "prototype")) || (key10 === "toString")) || (key10 === "valueOf")) || (key10 === "hasOwnProperty"))){
const err115 = {};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
var valid25 = _errs105 === errors;
if(valid25){
const err116 = {instancePath:instancePath+"/parameters",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key10};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
else {
errors = _errs104;
if(vErrors !== null){
if(_errs104){
vErrors.length = _errs104;
}
else {
vErrors = null;
}
}
}
if(typeof key10 === "string"){
if(!pattern5.test(key10)){
const err117 = {instancePath:instancePath+"/parameters",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\"",propertyName:key10};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/parameters",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key10};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
var valid23 = _errs101 === errors;
if(!valid23){
const err119 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
for(const key11 in data35){
if(!(validate17(data35[key11], {instancePath:instancePath+"/parameters/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data35,parentDataProperty:key11,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err120 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.assumptions !== undefined){
let data37 = data.assumptions;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(Object.keys(data37).length > 50){
const err121 = {instancePath:instancePath+"/assumptions",schemaPath:"#/properties/assumptions/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key12 in data37){
const _errs110 = errors;
const _errs113 = errors;
const _errs114 = errors;
if(!(((((key12 === "constructor") || (key12 === "prototype")) || (key12 === "toString")) || (key12 === "valueOf")) || (key12 === "hasOwnProperty"))){
const err122 = {};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
var valid29 = _errs114 === errors;
if(valid29){
const err123 = {instancePath:instancePath+"/assumptions",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key12};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
else {
errors = _errs113;
if(vErrors !== null){
if(_errs113){
vErrors.length = _errs113;
}
else {
vErrors = null;
}
}
}
if(typeof key12 === "string"){
if(!pattern5.test(key12)){
const err124 = {instancePath:instancePath+"/assumptions",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\"",propertyName:key12};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/assumptions",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key12};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var valid27 = _errs110 === errors;
if(!valid27){
const err126 = {instancePath:instancePath+"/assumptions",schemaPath:"#/properties/assumptions/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
for(const key13 in data37){
let data38 = data37[key13];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.value === undefined){
const err127 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/assumptions/additionalProperties/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data38.description === undefined){
const err128 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/assumptions/additionalProperties/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
for(const key14 in data38){
if(!((key14 === "value") || (key14 === "description"))){
const err129 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/assumptions/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data38.value !== undefined){
let data39 = data38.value;
if((typeof data39 !== "boolean") && (typeof data39 !== "string")){
const err130 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/assumptions/additionalProperties/properties/value/type",keyword:"type",params:{type: schema11.properties.assumptions.additionalProperties.properties.value.type},message:"must be boolean,string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(typeof data39 === "string"){
if(func3(data39) > 200){
const err131 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/assumptions/additionalProperties/properties/value/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
if(data38.description !== undefined){
let data40 = data38.description;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40["zh-CN"] === undefined){
const err132 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data40.en === undefined){
const err133 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
for(const key15 in data40){
if(!((key15 === "zh-CN") || (key15 === "en"))){
const err134 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data40["zh-CN"] !== undefined){
let data41 = data40["zh-CN"];
if(typeof data41 === "string"){
if(func3(data41) > 2000){
const err135 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(func3(data41) < 1){
const err136 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data40.en !== undefined){
let data42 = data40.en;
if(typeof data42 === "string"){
if(func3(data42) > 2000){
const err138 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(func3(data42) < 1){
const err139 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/assumptions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/assumptions/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/assumptions",schemaPath:"#/properties/assumptions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data.guards !== undefined){
let data43 = data.guards;
if(Array.isArray(data43)){
if(data43.length > 50){
const err144 = {instancePath:instancePath+"/guards",schemaPath:"#/properties/guards/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
const len0 = data43.length;
for(let i0=0; i0<len0; i0++){
let data44 = data43[i0];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.id === undefined){
const err145 = {instancePath:instancePath+"/guards/" + i0,schemaPath:"#/properties/guards/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(data44.forbiddenFacts === undefined){
const err146 = {instancePath:instancePath+"/guards/" + i0,schemaPath:"#/properties/guards/items/required",keyword:"required",params:{missingProperty: "forbiddenFacts"},message:"must have required property '"+"forbiddenFacts"+"'"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data44.description === undefined){
const err147 = {instancePath:instancePath+"/guards/" + i0,schemaPath:"#/properties/guards/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
for(const key16 in data44){
if(!(((key16 === "id") || (key16 === "forbiddenFacts")) || (key16 === "description"))){
const err148 = {instancePath:instancePath+"/guards/" + i0,schemaPath:"#/properties/guards/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data44.id !== undefined){
let data45 = data44.id;
const _errs137 = errors;
const _errs138 = errors;
if(!(((((data45 === "constructor") || (data45 === "prototype")) || (data45 === "toString")) || (data45 === "valueOf")) || (data45 === "hasOwnProperty"))){
const err149 = {};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
var valid38 = _errs138 === errors;
if(valid38){
const err150 = {instancePath:instancePath+"/guards/" + i0+"/id",schemaPath:"#/definitions/identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
else {
errors = _errs137;
if(vErrors !== null){
if(_errs137){
vErrors.length = _errs137;
}
else {
vErrors = null;
}
}
}
if(typeof data45 === "string"){
if(!pattern5.test(data45)){
const err151 = {instancePath:instancePath+"/guards/" + i0+"/id",schemaPath:"#/definitions/identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/guards/" + i0+"/id",schemaPath:"#/definitions/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data44.forbiddenFacts !== undefined){
let data46 = data44.forbiddenFacts;
if(Array.isArray(data46)){
if(data46.length > 100){
const err153 = {instancePath:instancePath+"/guards/" + i0+"/forbiddenFacts",schemaPath:"#/properties/guards/items/properties/forbiddenFacts/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data46.length < 1){
const err154 = {instancePath:instancePath+"/guards/" + i0+"/forbiddenFacts",schemaPath:"#/properties/guards/items/properties/forbiddenFacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
const len1 = data46.length;
for(let i1=0; i1<len1; i1++){
let data47 = data46[i1];
const _errs144 = errors;
const _errs145 = errors;
if(!(((((data47 === "constructor") || (data47 === "prototype")) || (data47 === "toString")) || (data47 === "valueOf")) || (data47 === "hasOwnProperty"))){
const err155 = {};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
var valid42 = _errs145 === errors;
if(valid42){
const err156 = {instancePath:instancePath+"/guards/" + i0+"/forbiddenFacts/" + i1,schemaPath:"#/definitions/factName/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
else {
errors = _errs144;
if(vErrors !== null){
if(_errs144){
vErrors.length = _errs144;
}
else {
vErrors = null;
}
}
}
if(typeof data47 === "string"){
if(!pattern5.test(data47)){
const err157 = {instancePath:instancePath+"/guards/" + i0+"/forbiddenFacts/" + i1,schemaPath:"#/definitions/factName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,59}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,59}$"+"\""};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/guards/" + i0+"/forbiddenFacts/" + i1,schemaPath:"#/definitions/factName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/guards/" + i0+"/forbiddenFacts",schemaPath:"#/properties/guards/items/properties/forbiddenFacts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data44.description !== undefined){
let data48 = data44.description;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48["zh-CN"] === undefined){
const err160 = {instancePath:instancePath+"/guards/" + i0+"/description",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(data48.en === undefined){
const err161 = {instancePath:instancePath+"/guards/" + i0+"/description",schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
for(const key17 in data48){
if(!((key17 === "zh-CN") || (key17 === "en"))){
const err162 = {instancePath:instancePath+"/guards/" + i0+"/description",schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data48["zh-CN"] !== undefined){
let data49 = data48["zh-CN"];
if(typeof data49 === "string"){
if(func3(data49) > 2000){
const err163 = {instancePath:instancePath+"/guards/" + i0+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(func3(data49) < 1){
const err164 = {instancePath:instancePath+"/guards/" + i0+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/guards/" + i0+"/description/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data48.en !== undefined){
let data50 = data48.en;
if(typeof data50 === "string"){
if(func3(data50) > 2000){
const err166 = {instancePath:instancePath+"/guards/" + i0+"/description/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(func3(data50) < 1){
const err167 = {instancePath:instancePath+"/guards/" + i0+"/description/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/guards/" + i0+"/description/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
else {
const err169 = {instancePath:instancePath+"/guards/" + i0+"/description",schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/guards/" + i0,schemaPath:"#/properties/guards/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/guards",schemaPath:"#/properties/guards/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data.eligibility !== undefined){
let data51 = data.eligibility;
if(Array.isArray(data51)){
if(data51.length > 200){
const err172 = {instancePath:instancePath+"/eligibility",schemaPath:"#/properties/eligibility/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
const len2 = data51.length;
for(let i2=0; i2<len2; i2++){
if(!(validate19(data51[i2], {instancePath:instancePath+"/eligibility/" + i2,parentData:data51,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err173 = {instancePath:instancePath+"/eligibility",schemaPath:"#/properties/eligibility/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data.funding !== undefined){
let data53 = data.funding;
if(Array.isArray(data53)){
if(data53.length > 200){
const err174 = {instancePath:instancePath+"/funding",schemaPath:"#/properties/funding/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
const len3 = data53.length;
for(let i3=0; i3<len3; i3++){
if(!(validate22(data53[i3], {instancePath:instancePath+"/funding/" + i3,parentData:data53,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err175 = {instancePath:instancePath+"/funding",schemaPath:"#/properties/funding/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data.messages !== undefined){
let data55 = data.messages;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(Object.keys(data55).length > 200){
const err176 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/maxProperties",keyword:"maxProperties",params:{limit: 200},message:"must NOT have more than 200 properties"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
for(const key18 in data55){
const _errs162 = errors;
if(typeof key18 === "string"){
if(!pattern17.test(key18)){
const err177 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]{0,59}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]{0,59}$"+"\"",propertyName:key18};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
var valid49 = _errs162 === errors;
if(!valid49){
const err178 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/propertyNames",keyword:"propertyNames",params:{propertyName: key18},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
for(const key19 in data55){
let data56 = data55[key19];
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56["zh-CN"] === undefined){
const err179 = {instancePath:instancePath+"/messages/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "zh-CN"},message:"must have required property '"+"zh-CN"+"'"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(data56.en === undefined){
const err180 = {instancePath:instancePath+"/messages/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/localized/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
for(const key20 in data56){
if(!((key20 === "zh-CN") || (key20 === "en"))){
const err181 = {instancePath:instancePath+"/messages/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/localized/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data56["zh-CN"] !== undefined){
let data57 = data56["zh-CN"];
if(typeof data57 === "string"){
if(func3(data57) > 2000){
const err182 = {instancePath:instancePath+"/messages/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(func3(data57) < 1){
const err183 = {instancePath:instancePath+"/messages/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/messages/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/zh-CN",schemaPath:"#/definitions/localized/properties/zh-CN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data56.en !== undefined){
let data58 = data56.en;
if(typeof data58 === "string"){
if(func3(data58) > 2000){
const err185 = {instancePath:instancePath+"/messages/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/en",schemaPath:"#/definitions/localized/properties/en/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(func3(data58) < 1){
const err186 = {instancePath:instancePath+"/messages/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/en",schemaPath:"#/definitions/localized/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/messages/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/en",schemaPath:"#/definitions/localized/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
else {
const err188 = {instancePath:instancePath+"/messages/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/localized/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
else {
const err189 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
else {
const err190 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

