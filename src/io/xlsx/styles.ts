import { BUILT_IN_FORMATS } from "./number-formats";
import type { Attributes, XmlHandlers } from "./xml-part";

/** The number format of each cell style index (`s` on a cell), from styles.xml's numFmts and cellXfs. */
export function stylesHandlers(formats: Array<string | undefined>): XmlHandlers {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  return {
    open(name: string, attributes: Attributes) {
      if (name === "numFmt") {
        const id = Number(attributes["numFmtId"]);
        if (Number.isInteger(id) && attributes["formatCode"] !== undefined) custom.set(id, attributes["formatCode"]);
      } else if (name === "cellXfs") {
        inCellXfs = true;
      } else if (name === "xf" && inCellXfs) {
        ids.push(Number(attributes["numFmtId"] ?? 0));
      }
    },
    close(name: string) {
      if (name === "cellXfs") {
        inCellXfs = false;
        // numFmtId 0 is General: no format to speak of, as a cell without a style.
        for (const id of ids) formats.push(custom.get(id) ?? (id === 0 ? undefined : BUILT_IN_FORMATS[id]));
      }
    },
  };
}
