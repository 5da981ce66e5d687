/** Where a raw result comes from: the command, its line and span in the script. */
export interface RawEnvelope {
  line: number;
  command: string;
  span: { start: number; end: number };
}
