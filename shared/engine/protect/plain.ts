import type { LocalizedText } from '../../datastore/manifest';
import type { Output } from '../output';
import type { RawEnvelope } from './raw-envelope';

/** Raw text (help pages, textblocks, label lists): nothing in it comes from units. */
export interface RawText extends RawEnvelope {
  kind: 'text';
  format: 'plain' | 'markdown';
  text: string;
}

/** Raw notice: a command that changed the workspace says what it did, in words and no unit numbers. */
export interface RawNotice extends RawEnvelope {
  kind: 'notice';
  message: LocalizedText;
}

/** Text and notices carry no numbers from units; the gate passes them through unchanged. */
export function protectPlain(raw: RawText | RawNotice): Output[] {
  return [{ ...raw }];
}
