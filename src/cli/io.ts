/** What a command may do to the outside world besides files: print, and know the time. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  /** stderr is a terminal (progress may be drawn there). */
  readonly stderrIsTty: boolean;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  stderrIsTty: Boolean(process.stderr.isTTY),
};
