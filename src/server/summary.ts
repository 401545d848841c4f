// The document summary for the status bar: the core's summarise(), in the shape of the
// protocol the VS Code client reads (src/shared/protocol.ts).
import { summarise } from '../core';
import type { DocumentSummaryResult } from '../shared/protocol';
import type { CheckedDocument } from './documentChecker';

export function toSummaryResult(checked: CheckedDocument): DocumentSummaryResult {
  const s = summarise(checked.result);
  return {
    uri: checked.uri,
    version: checked.version,
    featureFocus: s.byCategory['feature-focus'],
    unmeasured: s.byCategory.unmeasured,
    optimistic: s.byCategory.optimistic,
    claims: s.claims,
    anchored: s.anchored,
    unanchored: s.unanchored,
    anchoringScore: s.anchoringScore,
    findings: s.findings,
  };
}
