/** Show a problem cell to the user: activate its sheet and select it. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).untrack().select();
    await context.sync();
  });
}
