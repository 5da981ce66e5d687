/** Where scripts run: live on the server's sealed data, or in practice mode on synthetic data in the browser. */
export type RunMode = 'live' | 'practice';

const STORAGE_KEY = 'registerlab.mode';

/** The chosen run mode, remembered across reloads. */
class ModeState {
  value = $state<RunMode>(globalThis.localStorage?.getItem(STORAGE_KEY) === 'practice' ? 'practice' : 'live');

  /** Switches mode. */
  set(mode: RunMode): void {
    this.value = mode;
    globalThis.localStorage?.setItem(STORAGE_KEY, mode);
  }
}

/** The app's one run mode. */
export const mode = new ModeState();
