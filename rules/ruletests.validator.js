// Generated from ruletests.schema.json by generate-validator.mjs. Do not edit.
import func2Module from "ajv/dist/runtime/ucs2length.js";
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://jiebang.invalid/ruletests.schema.json","title":"jiebang rule-pack tests","description":"Named cases beside a rule pack: an input row in canonical fields and what the pack must decide for it.","type":"object","additionalProperties":false,"required":["pack","cases"],"properties":{"$schema":{"type":"string","maxLength":500},"pack":{"description":"The pack under test, relative to this file.","type":"string","minLength":1,"maxLength":300},"with":{"description":"Packs decided together with it, relative to this file; the first is the primary pack (e.g. the region's, for a city's pack).","type":"array","maxItems":20,"items":{"type":"string","minLength":1,"maxLength":300}},"cases":{"type":"array","minItems":1,"maxItems":5000,"items":{"$ref":"#/definitions/case"}}},"definitions":{"date":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"value":{"if":{"type":"object"},"then":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"cell":{"type":["string","number","boolean"],"maxLength":2000},"error":{"type":"string","maxLength":20}}},"else":{"if":{"type":"array"},"then":{"type":"array","maxItems":50,"items":{"type":"string","maxLength":500}},"else":{"type":["string","number","boolean","null"],"maxLength":2000}}},"case":{"type":"object","additionalProperties":false,"required":["name","row","expect"],"properties":{"name":{"description":"A sentence that says what the case shows.","type":"string","minLength":1,"maxLength":300},"asOf":{"description":"Choose pack versions by this date.","$ref":"#/definitions/date"},"row":{"type":"object","maxProperties":50,"propertyNames":{"enum":["id","name","type","issuer","issuerUscc","issuerKind","issuerLocation","issuerPaysTaxInRegion","issuerRegisteredOn","issuerSeriousCreditLoss","issuerStoppedOrInsolvent","solver","solverLocation","matched","investment","major","caseAmount","caseRef","signedOn","acceptance","acceptedOn","batch","field"]},"additionalProperties":{"$ref":"#/definitions/value"}},"expect":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"applies":{"description":"false: the pack under test does not decide this row.","type":"boolean"},"status":{"enum":["invalid","unmatched","ineligible","pending","funded"]},"line":{"enum":["tech","transformation","case-by-case",null]},"rule":{"type":["string","null"],"maxLength":60},"recipient":{"enum":["issuer","solver",null]},"subsidyYuan":{"type":"string","pattern":"^\\d+\\.\\d{2}$"},"dueYuan":{"type":"string","pattern":"^\\d+\\.\\d{2}$","description":"What is payable now: the tranches whose stage is reached."},"notDueYuan":{"type":"string","pattern":"^\\d+\\.\\d{2}$","description":"Tranches whose stage is not reached yet."},"reclaimYuan":{"type":"string","pattern":"^\\d+\\.\\d{2}$","description":"What was due and is to be returned."},"capped":{"type":"boolean"},"reasons":{"type":"array","maxItems":20,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$"}},"warnings":{"type":"array","maxItems":20,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$"}}}}}}}};
const func2 = func2Module.default ?? func2Module;
const schema12 = {"type":"object","additionalProperties":false,"required":["name","row","expect"],"properties":{"name":{"description":"A sentence that says what the case shows.","type":"string","minLength":1,"maxLength":300},"asOf":{"description":"Choose pack versions by this date.","$ref":"#/definitions/date"},"row":{"type":"object","maxProperties":50,"propertyNames":{"enum":["id","name","type","issuer","issuerUscc","issuerKind","issuerLocation","issuerPaysTaxInRegion","issuerRegisteredOn","issuerSeriousCreditLoss","issuerStoppedOrInsolvent","solver","solverLocation","matched","investment","major","caseAmount","caseRef","signedOn","acceptance","acceptedOn","batch","field"]},"additionalProperties":{"$ref":"#/definitions/value"}},"expect":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"applies":{"description":"false: the pack under test does not decide this row.","type":"boolean"},"status":{"enum":["invalid","unmatched","ineligible","pending","funded"]},"line":{"enum":["tech","transformation","case-by-case",null]},"rule":{"type":["string","null"],"maxLength":60},"recipient":{"enum":["issuer","solver",null]},"subsidyYuan":{"type":"string","pattern":"^\\d+\\.\\d{2}$"},"dueYuan":{"type":"string","pattern":"^\\d+\\.\\d{2}$","description":"What is payable now: the tranches whose stage is reached."},"notDueYuan":{"type":"string","pattern":"^\\d+\\.\\d{2}$","description":"Tranches whose stage is not reached yet."},"reclaimYuan":{"type":"string","pattern":"^\\d+\\.\\d{2}$","description":"What was due and is to be returned."},"capped":{"type":"boolean"},"reasons":{"type":"array","maxItems":20,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$"}},"warnings":{"type":"array","maxItems":20,"items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]*$"}}}}}};
const schema13 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"};
const schema14 = {"if":{"type":"object"},"then":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"cell":{"type":["string","number","boolean"],"maxLength":2000},"error":{"type":"string","maxLength":20}}},"else":{"if":{"type":"array"},"then":{"type":"array","maxItems":50,"items":{"type":"string","maxLength":500}},"else":{"type":["string","number","boolean","null"],"maxLength":2000}}};
const func13 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern1 = new RegExp("^\\d+\\.\\d{2}$", "u");
const pattern5 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.row === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row"},message:"must have required property '"+"row"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.expect === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expect"},message:"must have required property '"+"expect"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "asOf")) || (key0 === "row")) || (key0 === "expect"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 300){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.asOf !== undefined){
let data1 = data.asOf;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err7 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
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
const err8 = {instancePath:instancePath+"/asOf",schemaPath:"#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.row !== undefined){
let data2 = data.row;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 50){
const err9 = {instancePath:instancePath+"/row",schemaPath:"#/properties/row/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
const _errs9 = errors;
if(!(((((((((((((((((((((((key1 === "id") || (key1 === "name")) || (key1 === "type")) || (key1 === "issuer")) || (key1 === "issuerUscc")) || (key1 === "issuerKind")) || (key1 === "issuerLocation")) || (key1 === "issuerPaysTaxInRegion")) || (key1 === "issuerRegisteredOn")) || (key1 === "issuerSeriousCreditLoss")) || (key1 === "issuerStoppedOrInsolvent")) || (key1 === "solver")) || (key1 === "solverLocation")) || (key1 === "matched")) || (key1 === "investment")) || (key1 === "major")) || (key1 === "caseAmount")) || (key1 === "caseRef")) || (key1 === "signedOn")) || (key1 === "acceptance")) || (key1 === "acceptedOn")) || (key1 === "batch")) || (key1 === "field"))){
const err10 = {instancePath:instancePath+"/row",schemaPath:"#/properties/row/propertyNames/enum",keyword:"enum",params:{allowedValues: schema12.properties.row.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid2 = _errs9 === errors;
if(!valid2){
const err11 = {instancePath:instancePath+"/row",schemaPath:"#/properties/row/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
const _errs13 = errors;
let valid5 = true;
const _errs14 = errors;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs14 === errors;
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs16 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 1){
const err13 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/value/then/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(Object.keys(data3).length < 1){
const err14 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/value/then/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key3 in data3){
if(!((key3 === "cell") || (key3 === "error"))){
const err15 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/value/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.cell !== undefined){
let data4 = data3.cell;
if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
const err16 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cell",schemaPath:"#/definitions/value/then/properties/cell/type",keyword:"type",params:{type: schema14.then.properties.cell.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data4 === "string"){
if(func2(data4) > 2000){
const err17 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cell",schemaPath:"#/definitions/value/then/properties/cell/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
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
if(data3.error !== undefined){
let data5 = data3.error;
if(typeof data5 === "string"){
if(func2(data5) > 20){
const err18 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/error",schemaPath:"#/definitions/value/then/properties/error/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters"};
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
const err19 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/error",schemaPath:"#/definitions/value/then/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/value/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid5 = _valid0;
ifClause0 = "then";
}
else {
const _errs23 = errors;
const _errs24 = errors;
let valid7 = true;
const _errs25 = errors;
if(!(Array.isArray(data3))){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs25 === errors;
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs27 = errors;
if(Array.isArray(data3)){
if(data3.length > 50){
const err22 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/value/else/then/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data6 = data3[i0];
if(typeof data6 === "string"){
if(func2(data6) > 500){
const err23 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/definitions/value/else/then/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/definitions/value/else/then/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/value/else/then/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid7 = _valid1;
ifClause1 = "then";
}
else {
const _errs31 = errors;
if((((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")) && (data3 !== null)){
const err26 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/value/else/else/type",keyword:"type",params:{type: schema14.else.else.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data3 === "string"){
if(func2(data3) > 2000){
const err27 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/value/else/else/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid1 = _errs31 === errors;
valid7 = _valid1;
ifClause1 = "else";
}
if(!valid7){
const err28 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/value/else/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid5 = _valid0;
ifClause0 = "else";
}
if(!valid5){
const err29 = {instancePath:instancePath+"/row/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/value/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/row",schemaPath:"#/properties/row/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.expect !== undefined){
let data7 = data.expect;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length < 1){
const err31 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key4 in data7){
if(!(func13.call(schema12.properties.expect.properties, key4))){
const err32 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data7.applies !== undefined){
if(typeof data7.applies !== "boolean"){
const err33 = {instancePath:instancePath+"/expect/applies",schemaPath:"#/properties/expect/properties/applies/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data7.status !== undefined){
let data9 = data7.status;
if(!(((((data9 === "invalid") || (data9 === "unmatched")) || (data9 === "ineligible")) || (data9 === "pending")) || (data9 === "funded"))){
const err34 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/enum",keyword:"enum",params:{allowedValues: schema12.properties.expect.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data7.line !== undefined){
let data10 = data7.line;
if(!((((data10 === "tech") || (data10 === "transformation")) || (data10 === "case-by-case")) || (data10 === null))){
const err35 = {instancePath:instancePath+"/expect/line",schemaPath:"#/properties/expect/properties/line/enum",keyword:"enum",params:{allowedValues: schema12.properties.expect.properties.line.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data7.rule !== undefined){
let data11 = data7.rule;
if((typeof data11 !== "string") && (data11 !== null)){
const err36 = {instancePath:instancePath+"/expect/rule",schemaPath:"#/properties/expect/properties/rule/type",keyword:"type",params:{type: schema12.properties.expect.properties.rule.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data11 === "string"){
if(func2(data11) > 60){
const err37 = {instancePath:instancePath+"/expect/rule",schemaPath:"#/properties/expect/properties/rule/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data7.recipient !== undefined){
let data12 = data7.recipient;
if(!(((data12 === "issuer") || (data12 === "solver")) || (data12 === null))){
const err38 = {instancePath:instancePath+"/expect/recipient",schemaPath:"#/properties/expect/properties/recipient/enum",keyword:"enum",params:{allowedValues: schema12.properties.expect.properties.recipient.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data7.subsidyYuan !== undefined){
let data13 = data7.subsidyYuan;
if(typeof data13 === "string"){
if(!pattern1.test(data13)){
const err39 = {instancePath:instancePath+"/expect/subsidyYuan",schemaPath:"#/properties/expect/properties/subsidyYuan/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d{2}$"},message:"must match pattern \""+"^\\d+\\.\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/expect/subsidyYuan",schemaPath:"#/properties/expect/properties/subsidyYuan/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data7.dueYuan !== undefined){
let data14 = data7.dueYuan;
if(typeof data14 === "string"){
if(!pattern1.test(data14)){
const err41 = {instancePath:instancePath+"/expect/dueYuan",schemaPath:"#/properties/expect/properties/dueYuan/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d{2}$"},message:"must match pattern \""+"^\\d+\\.\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/expect/dueYuan",schemaPath:"#/properties/expect/properties/dueYuan/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data7.notDueYuan !== undefined){
let data15 = data7.notDueYuan;
if(typeof data15 === "string"){
if(!pattern1.test(data15)){
const err43 = {instancePath:instancePath+"/expect/notDueYuan",schemaPath:"#/properties/expect/properties/notDueYuan/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d{2}$"},message:"must match pattern \""+"^\\d+\\.\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/expect/notDueYuan",schemaPath:"#/properties/expect/properties/notDueYuan/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data7.reclaimYuan !== undefined){
let data16 = data7.reclaimYuan;
if(typeof data16 === "string"){
if(!pattern1.test(data16)){
const err45 = {instancePath:instancePath+"/expect/reclaimYuan",schemaPath:"#/properties/expect/properties/reclaimYuan/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d{2}$"},message:"must match pattern \""+"^\\d+\\.\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/expect/reclaimYuan",schemaPath:"#/properties/expect/properties/reclaimYuan/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data7.capped !== undefined){
if(typeof data7.capped !== "boolean"){
const err47 = {instancePath:instancePath+"/expect/capped",schemaPath:"#/properties/expect/properties/capped/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data7.reasons !== undefined){
let data18 = data7.reasons;
if(Array.isArray(data18)){
if(data18.length > 20){
const err48 = {instancePath:instancePath+"/expect/reasons",schemaPath:"#/properties/expect/properties/reasons/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
let data19 = data18[i1];
if(typeof data19 === "string"){
if(!pattern5.test(data19)){
const err49 = {instancePath:instancePath+"/expect/reasons/" + i1,schemaPath:"#/properties/expect/properties/reasons/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/expect/reasons/" + i1,schemaPath:"#/properties/expect/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/expect/reasons",schemaPath:"#/properties/expect/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data7.warnings !== undefined){
let data20 = data7.warnings;
if(Array.isArray(data20)){
if(data20.length > 20){
const err52 = {instancePath:instancePath+"/expect/warnings",schemaPath:"#/properties/expect/properties/warnings/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(typeof data21 === "string"){
if(!pattern5.test(data21)){
const err53 = {instancePath:instancePath+"/expect/warnings/" + i2,schemaPath:"#/properties/expect/properties/warnings/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/expect/warnings/" + i2,schemaPath:"#/properties/expect/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/expect/warnings",schemaPath:"#/properties/expect/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://jiebang.invalid/ruletests.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pack === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pack"},message:"must have required property '"+"pack"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.cases === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cases"},message:"must have required property '"+"cases"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "$schema") || (key0 === "pack")) || (key0 === "with")) || (key0 === "cases"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
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
const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.pack !== undefined){
let data1 = data.pack;
if(typeof data1 === "string"){
if(func2(data1) > 300){
const err5 = {instancePath:instancePath+"/pack",schemaPath:"#/properties/pack/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/pack",schemaPath:"#/properties/pack/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/pack",schemaPath:"#/properties/pack/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.with !== undefined){
let data2 = data.with;
if(Array.isArray(data2)){
if(data2.length > 20){
const err8 = {instancePath:instancePath+"/with",schemaPath:"#/properties/with/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) > 300){
const err9 = {instancePath:instancePath+"/with/" + i0,schemaPath:"#/properties/with/items/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/with/" + i0,schemaPath:"#/properties/with/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/with/" + i0,schemaPath:"#/properties/with/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err12 = {instancePath:instancePath+"/with",schemaPath:"#/properties/with/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cases !== undefined){
let data4 = data.cases;
if(Array.isArray(data4)){
if(data4.length > 5000){
const err13 = {instancePath:instancePath+"/cases",schemaPath:"#/properties/cases/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.length < 1){
const err14 = {instancePath:instancePath+"/cases",schemaPath:"#/properties/cases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate11(data4[i1], {instancePath:instancePath+"/cases/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/cases",schemaPath:"#/properties/cases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

