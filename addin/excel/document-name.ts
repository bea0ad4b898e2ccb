/** The workbook's file name as Office knows it ("" when it has never been saved). */
export function documentName(): string {
  const url = Office.context.document?.url ?? "";
  const last = url.split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
