// Every rule, in the order they run. Order matters only for overlap: the first rule to report a
// span keeps it, so the word-level rules (hype, absolutes, intensifiers) run before the
// clause-level ones.
import { absoluteClaim } from './absoluteClaim';
import { featureFocus } from './featureFocus';
import { hypeTerm } from './hypeTerm';
import { optimisticCertainty } from './optimisticCertainty';
import type { RuleModule } from './rule';
import { unmeasuredOutcome } from './unmeasuredOutcome';
import { vagueIntensifier } from './vagueIntensifier';

export const RULES: readonly RuleModule[] = [
  hypeTerm,
  absoluteClaim,
  vagueIntensifier,
  optimisticCertainty,
  unmeasuredOutcome,
  featureFocus,
];

export type { RuleModule, RuleContext, RuleReport } from './rule';
