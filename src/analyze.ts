/**
 * One file through the pipeline: decode → prefilter → parse → rules → locate → suppress.
 * Runs in a worker or on the main thread; takes and returns plain data only.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeText, isMinified, textEncodingOf } from './decode.js';
import type { Finding, Position } from './finding.js';
import { codeLanguageOf, type CodeLanguage, type Language } from './languages.js';
import { LineIndex } from './lines.js';
import { parserFor } from './parse/index.js';
import type { SourceText, TextFile } from './parsed.js';
import { Prefilter } from './prefilter.js';
import type { AnyRule, CheckContext, CheckSettings, FindingId, Level, ReportOptions, Span } from './rule.js';
import { keyTokens, redact, type Redacted } from './secrets.js';
import { sizeVerdict, type SourceFile } from './source.js';
import { lap, stats } from './stats.js';
import { parseSuppressions, suppressionFor } from './suppress.js';

/** What the scan decided before any file is read: the rules to run and their levels. */
export interface RulePlan {
  rules: readonly AnyRule[];
  levels: ReadonlyMap<string, Level>;
  prefilter: Prefilter;
  settings: CheckSettings;
}

export interface FileResult {
  /**
   * Set when the file needs the parser of a language that this thread may not load (see
   * `AnalyzeOptions.mayParse`): nothing else is set, and the file is to be analysed by a thread that
   * may.
   */
  deferred?: CodeLanguage;
  findings: Finding[];
  /** Set when the file was not analysed: over the size limit (found out when it was opened). */
  skipped?: { path: string; reason: string };
  /** Facts recorded by checks; they cancel `unlessFact` findings of any file. */
  facts: string[];
  /** Findings that hold only while no file records the named fact. */
  conditional: { fact: string; finding: Finding }[];
}

interface RawFinding {
  ruleId: FindingId;
  span: Span;
  message: string;
  level: Level;
  unlessFact?: string;
}

const MAX_SNIPPET = 160;

function fillTemplate(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_all, name: string) => data[name] ?? `{{${name}}}`);
}

/**
 * No file is read past this size, bundles included: V8 cannot hold a string of much more than
 * 512 MiB, and decoding one would take the whole scan down.
 */
const MAX_READ = 256 * 1024 * 1024;

/**
 * Files are read into one buffer of the thread, reused from file to file: a fresh buffer per file
 * is external memory that V8 counts towards its next garbage collection. Files larger than this
 * get a buffer of their own, so that one bundle does not keep megabytes alive.
 */
const SCRATCH_MAX = 4 * 1024 * 1024;
let scratch = Buffer.allocUnsafe(256 * 1024);

/**
 * The file's bytes. A view into the thread's scratch buffer, valid until the next read: the caller
 * decodes it before it awaits anything. Synchronous on purpose: a worker reads one file at a time,
 * and sync reads skip the thread-pool round trip. Opened non-blocking, so that a file replaced by a
 * FIFO since it was listed cannot hang the scan.
 */
function readSource(file: SourceFile): { bytes: Uint8Array; keysOnly?: boolean } | { skipped: string } {
  if (file.content) return { bytes: file.content };
  const fd = openSync(file.absolutePath!, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const { size } = fstatSync(fd);
    // The walk leaves the size limit to the reader, which has the size from its fstat.
    const verdict = file.maxSize === undefined ? 'full' : sizeVerdict(file.path, size, file.maxSize);
    if (verdict === 'skip') return { skipped: `larger than ${file.maxSize} bytes` };
    if (size > MAX_READ) throw new Error(`it is ${Math.round(size / 1048576)} MiB, over the ${MAX_READ / 1048576} MiB limit of what is ever read`);
    // One byte more than the size, to see the end of a file that grew since.
    let buffer = size < scratch.length ? scratch : size < SCRATCH_MAX ? (scratch = Buffer.allocUnsafe(Math.min(SCRATCH_MAX, 2 * size + 1))) : Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(MAX_READ + 1, 2 * buffer.length));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_READ) throw new Error(`it grew over the ${MAX_READ / 1048576} MiB limit of what is ever read`);
    }
    return { bytes: buffer.subarray(0, length), keysOnly: verdict === 'keysOnly' };
  } finally {
    closeSync(fd);
  }
}

/**
 * The finding's line (a window of it when long), redacted as a whole: no edge of the window or of
 * the highlight may cut a key in two, or the part after the cut would not look like a key and
 * would be printed as it is. The highlight is mapped through the masking.
 */
function snippetOf(lines: LineIndex, start: Position, end: Position): { snippet: Redacted; highlight: [number, number] } {
  const text = lines.line(start.line).trimEnd();
  /** The key-shaped token that `index` falls strictly inside, if any. */
  const cut = (index: number): [number, number] | undefined => {
    if (index <= 0 || index >= text.length) return undefined;
    const base = Math.max(0, index - 1100);
    for (const t of keyTokens(text.slice(base, index + 1100))) if (base + t.start < index && index < base + t.end) return [base + t.start, base + t.end];
    return undefined;
  };
  let from = text.length <= MAX_SNIPPET ? 0 : Math.max(0, start.column - 1 - 40);
  from = cut(from)?.[0] ?? from;
  let to = Math.min(text.length, from + MAX_SNIPPET);
  to = cut(to)?.[1] ?? to;
  let hs = Math.min(Math.max(start.column - 1, from), to);
  hs = cut(hs)?.[0] ?? hs;
  let he = end.line === start.line ? Math.min(Math.max(end.column - 1, hs), to) : to;
  he = cut(he)?.[1] ?? he;

  const local = text.slice(from, to);
  const [hsL, heL] = [hs - from, he - from];
  let out = from > 0 ? '…' : '';
  let hlStart: number | undefined;
  let hlEnd: number | undefined;
  let pos = 0;
  const plain = (until: number) => {
    if (hlStart === undefined && hsL <= until) hlStart = out.length + Math.max(0, hsL - pos);
    if (hlEnd === undefined && heL <= until) hlEnd = out.length + Math.max(0, heL - pos);
    out += local.slice(pos, until);
    pos = until;
  };
  for (const token of keyTokens(local)) {
    plain(token.start);
    if (hlStart === undefined && hsL < token.end) hlStart = out.length;
    out += token.masked;
    pos = token.end;
    if (hlEnd === undefined && heL <= token.end) hlEnd = out.length;
  }
  plain(local.length);
  if (to < text.length) out += '…';
  const highlightStart = hlStart ?? out.length;
  return { snippet: redact(out), highlight: [highlightStart, Math.max(highlightStart, hlEnd ?? out.length)] };
}

/** A fingerprint from the rule, path and the finding's own line content: edits elsewhere leave it unchanged. */
function fingerprintOf(ruleId: string, path: string, lineText: string, occurrence: number): string {
  const normalized = lineText.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${ruleId}\0${path}\0${normalized}\0${occurrence}`).digest('hex').slice(0, 32);
}

function diagnostic(ruleId: FindingId, path: string, message: string): Finding {
  return {
    ruleId,
    level: 'warning',
    message: redact(message),
    path,
    start: { line: 1, column: 1 },
    end: { line: 1, column: 1 },
    snippet: redact(''),
    highlight: [0, 0],
    fingerprint: fingerprintOf(ruleId, path, '', 0),
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An I/O error without the absolute path Node puts in its message (outputs name files relative to the root). */
function ioErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? `${code}, ${errorText(error).replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/s, '')}` : errorText(error);
}

/** Recursion through a syntax tree that is nested too deeply for the stack (10,000-deep input). */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * The part of a line a fingerprint reads: the whole line, or for a very long line (a minified
 * bundle's only line) a window around the finding, so that hashing stays cheap and edits elsewhere
 * in the line leave the fingerprint unchanged.
 */
const LONG_LINE = 2000;
function lineContext(lineText: string, start: Position, end: Position): string {
  if (lineText.length <= LONG_LINE) return lineText;
  const to = end.line === start.line ? end.column - 1 : start.column - 1;
  return lineText.slice(Math.max(0, start.column - 1 - 100), Math.min(lineText.length, Math.max(to, start.column - 1) + 100));
}

export interface AnalyzeOptions {
  /**
   * Whether this thread may load (and use) the parser of a language; when not, a file that needs it
   * is deferred. A worker pool loads each parser (TypeScript costs ~0.5 s of CPU) in as few threads
   * as keep up. Default: every language.
   */
  mayParse?: (language: CodeLanguage) => boolean;
}

/** Runs every rule of the plan that applies to one file. Never throws: a failure becomes a finding. */
export async function analyzeFile(file: SourceFile, plan: RulePlan, options: AnalyzeOptions = {}): Promise<FileResult> {
  const result: FileResult = { findings: [], facts: [], conditional: [] };
  let bytes: Uint8Array;
  let keysOnly = file.keysOnly === true;
  let t = stats.on ? performance.now() : 0;
  try {
    const read = readSource(file);
    if ('skipped' in read) return { ...result, skipped: { path: file.path, reason: read.skipped } };
    bytes = read.bytes;
    keysOnly ||= read.keysOnly === true;
  } catch (error) {
    result.findings.push(diagnostic('unreadable-file', file.path, `Could not read the file: ${ioErrorText(error)}.`));
    return result;
  }
  if (stats.on) t = lap('read', t);
  const encoding = textEncodingOf(bytes);
  if (encoding === undefined) return counted(result, bytes); // binary
  const decode = (): string | undefined => {
    try {
      return decodeText(bytes, encoding);
    } catch (error) {
      result.findings.push(diagnostic('unreadable-file', file.path, `Could not decode the file: ${errorText(error)}.`));
      return undefined;
    } finally {
      if (stats.on) t = lap('decode', t);
    }
  };
  // One pass over the bytes for every rule's keywords and the suppression marker: most files are
  // dropped here, never decoded. The keywords are ASCII, so UTF-8 bytes are searched as they are.
  let text = encoding === 'utf-8' ? undefined : decode();
  if (encoding !== 'utf-8' && text === undefined) return counted(result, bytes);
  const { rules: candidates, suppression: hasSuppression } = plan.prefilter.match(text ?? bytes);
  if (stats.on) t = lap('prefilter', t);
  if (candidates.length === 0 && !hasSuppression) return counted(result, bytes);
  text ??= decode();
  if (text === undefined) return counted(result, bytes);
  const minified = isMinified(file.path, text);
  const language = codeLanguageOf(file.path);
  const codeRules = language && !minified && !keysOnly ? candidates.filter((rule) => rule.meta.languages.includes(language)) : [];
  if (language && codeRules.length && options.mayParse && !options.mayParse(language)) return { deferred: language, findings: [], facts: [], conditional: [] };
  if (stats.on) stats.current.candidates++;
  const raw: RawFinding[] = [];
  const contextFor = (rule: AnyRule): CheckContext<string> => ({
    report(span: Span, messageId: string, data?: Record<string, string>, options: ReportOptions = {}) {
      const template = (rule.meta.messages as Record<string, string>)[messageId] ?? messageId;
      const level = plan.levels.get(rule.meta.id) ?? options.level ?? rule.meta.level;
      raw.push({ ruleId: rule.meta.id, span, message: fillTemplate(template, data), level, unlessFact: options.unlessFact });
    },
    settings: plan.settings,
    fact(key: string) {
      result.facts.push(key);
    },
  });
  let tooDeep = false;
  const run = (rule: AnyRule, language: Language, parsed: unknown) => {
    try {
      const check = (rule.checks as Partial<Record<Language, (file: unknown, context: CheckContext<string>) => void>>)[language];
      check?.(parsed, contextFor(rule));
    } catch (error) {
      if (isStackOverflow(error)) {
        // Reported once per file, whichever rules ran out of stack on it.
        if (!tooDeep) result.findings.push(diagnostic('unparsable-file', file.path, 'The file is nested too deeply to analyse; rules that walk its syntax tree stopped early.'));
        tooDeep = true;
        return;
      }
      // A bug in one rule must not hide the other rules' findings for this file.
      result.findings.push(diagnostic('rule-error', file.path, `Rule ${rule.meta.id} failed on this file: ${errorText(error)}.`));
    }
  };

  const textFile: TextFile = { path: file.path, text, minified };
  for (const rule of candidates) if (rule.meta.languages.includes('text')) run(rule, 'text', textFile);
  if (stats.on) t = lap('rules', t);

  if (language && codeRules.length) {
    const source: SourceText = { path: file.path, text, absolutePath: file.absolutePath };
    let parsed: unknown;
    try {
      parsed = (await parserFor(language))(source);
    } catch (error) {
      result.findings.push(diagnostic('unparsable-file', file.path, `Could not parse the file as ${language}: ${errorText(error).replace(/\.$/, '')}. Rules that need its syntax tree were skipped.`));
    }
    if (stats.on) {
      t = lap('parse', t);
      stats.current.parsed++;
    }
    if (parsed !== undefined) for (const rule of codeRules) run(rule, language, parsed);
    if (stats.on) t = lap('rules', t);
  }

  locate(file.path, text, raw, result, hasSuppression);
  if (stats.on) lap('locate', t);
  counted(result, bytes);
  if (file.origin) for (const finding of [...result.findings, ...result.conditional.map((c) => c.finding)]) finding.origin = file.origin;
  return result;
}

/** Counts the file in the stage statistics (once: a deferred file is counted where it is analysed). */
function counted(result: FileResult, bytes: Uint8Array): FileResult {
  if (stats.on) {
    stats.current.files++;
    stats.current.bytes += bytes.length;
  }
  return result;
}

/** Turns spans into positioned, redacted, fingerprinted findings and applies inline suppressions. */
function locate(path: string, text: string, raw: RawFinding[], result: FileResult, hasSuppression: boolean): void {
  const lines = new LineIndex(text);
  const suppressions = hasSuppression ? parseSuppressions(path, text, lines) : [];
  const occurrences = new Map<string, number>();
  const seen = new Set<string>();
  raw.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : 1));
  for (const item of raw) {
    const start = lines.position(item.span.start);
    const end = lines.position(Math.max(item.span.end, item.span.start));
    const key = `${item.ruleId}:${start.line}:${start.column}:${end.line}:${end.column}`;
    if (seen.has(key)) continue; // two checks reaching the same conclusion report it once
    seen.add(key);
    const lineText = lineContext(lines.line(start.line), start, end);
    const occurrenceKey = `${item.ruleId}\0${lineText.trim()}`;
    const occurrence = occurrences.get(occurrenceKey) ?? 0;
    occurrences.set(occurrenceKey, occurrence + 1);
    const finding: Finding = {
      ruleId: item.ruleId,
      level: item.level,
      message: redact(item.message),
      path,
      start,
      end,
      ...snippetOf(lines, start, end),
      fingerprint: fingerprintOf(item.ruleId, path, lineText, occurrence),
    };
    const suppression = suppressionFor(suppressions, item.ruleId, start.line);
    if (suppression) finding.suppression = { kind: 'inSource', justification: redact(suppression.reason) };
    if (item.unlessFact) result.conditional.push({ fact: item.unlessFact, finding });
    else result.findings.push(finding);
  }
  for (const s of suppressions) {
    if (!s.problem) continue;
    const position = { line: s.line, column: s.column };
    result.findings.push({
      ruleId: 'invalid-suppression',
      level: 'warning',
      message: redact(`This stripe-guard-ignore comment ${s.problem}.`),
      path,
      start: position,
      end: { line: s.line, column: s.column + 'stripe-guard-ignore'.length },
      ...snippetOf(lines, position, { line: s.line, column: s.column + 'stripe-guard-ignore'.length }),
      fingerprint: fingerprintOf('invalid-suppression', path, lines.line(s.line), 0),
    });
  }
}
