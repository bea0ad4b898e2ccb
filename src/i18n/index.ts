export { LANGS, langFromTag, parseLang, type Lang, type Localized } from "./lang";
export { fillTemplate, paramText, type Param, type Params } from "./template";
export { MESSAGES, type MessageCode } from "./messages";
export { JiebangError, message, type Where } from "./jiebang-error";
