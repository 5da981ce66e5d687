import type { CompletionData } from '../../../../worker/completion-data';
import type { CheckResult } from '../../../../worker/editor-api';
import { workerApi } from '../worker/worker-client';

const CHECK_DELAY_MS = 120;

/** The script being edited and what the worker says about it; as-you-type checking keeps only the latest result. */
export class ScriptState {
  text = $state('');
  check = $state.raw<CheckResult | null>(null);
  /** The text `check` was computed for. */
  checkedText = $state('');
  checking = $state(false);
  completion = $state.raw<CompletionData | null>(null);
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Loads the completion data (the catalogue) and checks the initial text. */
  async start(text: string): Promise<void> {
    this.text = text;
    void this.runCheck(text);
    this.completion = await workerApi().completionData();
  }

  /** Called on every edit: checks after a short pause. */
  changed(text: string): void {
    this.text = text;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runCheck(text), CHECK_DELAY_MS);
  }

  private async runCheck(text: string): Promise<void> {
    const seq = ++this.seq;
    this.checking = true;
    const result = await workerApi().check(text);
    if (seq !== this.seq) return;
    this.check = result;
    this.checkedText = text;
    this.checking = false;
    if (result.catalogError === null && this.completion?.variables.length === 0)
      this.completion = await workerApi().completionData();
  }

  /** Number of errors and warnings in the latest check. */
  counts(): { errors: number; warnings: number } {
    const ds = this.check?.diagnostics ?? [];
    return {
      errors: ds.filter((d) => d.severity === 'error').length,
      warnings: ds.filter((d) => d.severity === 'warning').length,
    };
  }
}
