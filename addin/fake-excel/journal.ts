/**
 * Undo log for one sync: every change to the workbook records how to take it
 * back, so a sync that fails part-way leaves the workbook as it was.
 */
export class Journal {
  #undo: (() => void)[] = [];

  record(undo: () => void): void {
    this.#undo.push(undo);
  }

  rollback(): void {
    const undo = this.#undo;
    this.#undo = [];
    for (let i = undo.length - 1; i >= 0; i--) undo[i]?.();
  }
}
