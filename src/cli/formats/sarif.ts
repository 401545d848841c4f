// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, rule metadata with help
// links, results with regions in 1-based UTF-16 columns (SARIF's default column kind), stable
// partial fingerprints so alerts survive edits elsewhere in a file, and fixes as plain-text
// replacements. Files that could not be read, and configuration problems, become notifications.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { ruleDocsUrl, type RuleMeta, type Severity } from '../../core';
import type { ConfigProblem } from '../../core/settings';
import { byPosition, type FileReport, type LocatedFinding, type RunReport, type Span } from '../report';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/realist-project/realist';
export const SRCROOT = '%SRCROOT%';
/** The partialFingerprints key: bump the version if the hashed content ever changes. */
export const FINGERPRINT_KEY = 'realistClaimHash/v1';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/** 'hype-term' -> 'HypeTerm': SARIF's `name` is meant to be an identifier-like label. */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text.trim());
  return (match ? match[0] : text).trim();
}

function ruleDescriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  const helpUri = ruleDocsUrl(meta.id);
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: firstSentence(meta.description) || meta.id },
    fullDescription: { text: meta.description || meta.id },
    help: { text: `${meta.description}\n\nSee ${helpUri}`, markdown: `${meta.description}\n\n[How to fix it](${helpUri})` },
    helpUri,
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: [meta.category] },
  };
}

/** A rule the analyser reported but did not list (should not happen): still a valid descriptor. */
function fallbackDescriptor(finding: LocatedFinding): Sarif.ReportingDescriptor {
  return {
    id: finding.ruleId,
    name: ruleName(finding.ruleId),
    shortDescription: { text: finding.ruleId },
    helpUri: ruleDocsUrl(finding.ruleId),
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: { tags: [finding.category] },
  };
}

/** Relative to the source root when inside it (so GitHub can map it to the repository). */
export function artifactLocation(file: string, cwd: string): Sarif.ArtifactLocation {
  if (file === '-') return { uri: 'stdin' };
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(span: Span): Sarif.Region {
  return { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/** Whitespace-insensitive so that re-wrapping a paragraph does not reopen every alert. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function fingerprintBase(finding: LocatedFinding): string {
  return createHash('sha256')
    .update(`${finding.ruleId}\u0000${normalise(finding.sentenceText)}\u0000${normalise(finding.flaggedText)}`)
    .digest('hex')
    .slice(0, 32);
}

function fileResults(file: FileReport, cwd: string, ruleIndex: (f: LocatedFinding) => number): Sarif.Result[] {
  const location = artifactLocation(file.file, cwd);
  // Identical claims in one file get an occurrence number so their fingerprints stay distinct.
  const occurrences = new Map<string, number>();
  return [...file.findings].sort(byPosition).map((finding) => {
    const base = fingerprintBase(finding);
    const n = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, n);
    const result: Sarif.Result = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex(finding),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(finding.span) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${n}` },
      properties: { category: finding.category },
    };
    if (finding.fixes.length > 0) {
      result.fixes = finding.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region(fix.span), insertedContent: { text: fix.text } }] }],
      }));
    }
    return result;
  });
}

function executionNotifications(report: RunReport): Sarif.Notification[] {
  const notifications: Sarif.Notification[] = [];
  for (const file of report.files) {
    const where = file.matchedNothing ? undefined : artifactLocation(file.file, report.cwd);
    if (file.error !== undefined) {
      notifications.push({
        level: 'error',
        message: { text: `${file.display}: ${file.error}` },
        ...(where ? { locations: [{ physicalLocation: { artifactLocation: where } }] } : {}),
      });
    }
    for (const notice of file.notices) {
      notifications.push({
        level: LEVEL[notice.severity],
        message: { text: `${file.display}: ${notice.message}` },
        ...(where ? { locations: [{ physicalLocation: { artifactLocation: where, ...(notice.span ? { region: region(notice.span) } : {}) } }] } : {}),
      });
    }
  }
  return notifications;
}

function configNotification(problem: ConfigProblem, cwd: string): Sarif.Notification {
  const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: artifactLocation(path.resolve(cwd, problem.file), cwd) };
  if (problem.line !== undefined) physicalLocation.region = { startLine: problem.line, startColumn: problem.column ?? 1 };
  const at = problem.path ? ` at ${problem.path}` : '';
  return { level: 'error', message: { text: `${problem.file}${at}: ${problem.message}` }, locations: [{ physicalLocation }] };
}

export function toSarifLog(report: RunReport): Sarif.Log {
  const rules = report.rules.map(ruleDescriptor);
  const indexById = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (finding: LocatedFinding): number => {
    let index = indexById.get(finding.ruleId);
    if (index === undefined) {
      index = rules.push(fallbackDescriptor(finding)) - 1;
      indexById.set(finding.ruleId, index);
    }
    return index;
  };
  const results = report.files.flatMap((file) => fileResults(file, report.cwd, ruleIndex));
  const toolExecutionNotifications = executionNotifications(report);
  const toolConfigurationNotifications = report.configProblems.map((p) => configNotification(p, report.cwd));

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'Realist',
        version: report.version,
        semanticVersion: report.version,
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    invocations: [
      {
        executionSuccessful: !report.files.some((f) => f.error !== undefined),
        ...(toolExecutionNotifications.length > 0 ? { toolExecutionNotifications } : {}),
        ...(toolConfigurationNotifications.length > 0 ? { toolConfigurationNotifications } : {}),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(report.cwd).href.replace(/\/?$/, '/')}` } },
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

export function formatSarif(report: RunReport): string {
  return `${JSON.stringify(toSarifLog(report), null, 2)}\n`;
}
