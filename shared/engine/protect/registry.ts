import type { DisclosureConfig } from '../../disclosure/config';
import type { Output } from '../output';
import { protectDescriptive, type RawDescriptive } from './descriptive';
import { protectModel, type RawModel } from './model';
import { protectPlain, type RawNotice, type RawText } from './plain';

/**
 * Every raw result a command may emit, before disclosure control: one variant per family, each with the
 * true aggregates its rules need (count cells with key sums, magnitude cells, model facts). Families add
 * their type here and their protector below.
 */
export type RawOutput = RawText | RawNotice | RawDescriptive | RawModel;

/** What a protector may read besides the raw result. */
export interface ProtectContext {
  config: DisclosureConfig;
}

/** Applies the family's rules to a raw result and returns what may be published. */
export function protect(raw: RawOutput, context: ProtectContext): Output[] {
  switch (raw.kind) {
    case 'text':
    case 'notice':
      return protectPlain(raw);
    case 'descriptive':
      return protectDescriptive(raw, context.config);
    case 'model':
      return protectModel(raw, context.config);
  }
}
