import { formatMessage } from './format-message';
import { en, type MessageKey, nb } from './messages';

/** The two languages of the app. */
export type Lang = 'nb' | 'en';

const STORAGE_KEY = 'registerlab.lang';

function initialLang(): Lang {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'nb' ? stored : 'nb';
}

/** The chosen language, remembered in localStorage; every text in the app reads it. */
class Locale {
  lang = $state<Lang>(initialLang());

  /** The message for `key` in the current language, with parameters filled in. */
  t(key: MessageKey, params?: Record<string, string | number>): string {
    return formatMessage((this.lang === 'nb' ? nb : en)[key], params);
  }

  /** Picks the current language's half of a `{nb, en}` text. */
  pick(text: { nb: string; en: string }): string {
    return text[this.lang];
  }

  /** Switches language. */
  set(lang: Lang): void {
    this.lang = lang;
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    document.documentElement.lang = lang;
  }
}

/** The app's one locale. */
export const locale = new Locale();
