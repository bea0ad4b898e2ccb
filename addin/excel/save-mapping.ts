import type { FieldName } from "../../src/tracker";
import { MAPPING_KEY, type SavedMappings } from "./state";

/** Remember the column mapping chosen for a sheet, in the workbook, for next time. */
export async function saveMapping(all: SavedMappings, sheet: string, mapping: Partial<Record<FieldName, string>>): Promise<SavedMappings> {
  const next: SavedMappings = { ...all, [sheet]: mapping };
  await Excel.run(async (context) => {
    context.workbook.settings.add(MAPPING_KEY, JSON.stringify(next));
    await context.sync();
  });
  return next;
}
