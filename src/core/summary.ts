import type { AnalysisResult, Category } from './types';

export interface DocumentSummary {
  /** Sentences that make a claim of each category. */
  byCategory: Record<Category, number>;
  /** Sentences that make a claim at all. */
  claims: number;
  /** Claims that carry a measure (quantity, baseline, target or a dated checkable state). */
  anchored: number;
  unanchored: number;
  /**
   * anchored / claims, as a whole percentage; 100 when there are no claims.
   * (Stated in docs/anchoring-score.md; the status bar shows it.)
   */
  anchoringScore: number;
  findings: number;
}

export function summarise(result: AnalysisResult): DocumentSummary {
  const byCategory: Record<Category, number> = { 'feature-focus': 0, unmeasured: 0, optimistic: 0 };
  let claims = 0;
  let anchored = 0;
  for (const claim of result.claims) {
    for (const c of claim.categories) byCategory[c]++;
    if (!claim.isClaim) continue;
    claims++;
    if (claim.anchored) anchored++;
  }
  return {
    byCategory,
    claims,
    anchored,
    unanchored: claims - anchored,
    anchoringScore: claims === 0 ? 100 : Math.round((100 * anchored) / claims),
    findings: result.findings.length,
  };
}
