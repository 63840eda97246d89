/**
 * Opt-in timing of the pipeline stages (`--verbose`, or `STRIPE_GUARD_STATS=1` for a JSON line on
 * stderr that `npm run bench` reads). When off, each hook costs one boolean test.
 * Times measured in workers are CPU-side sums over all threads, not wall time.
 */
export const STAGES = ['walk', 'read', 'decode', 'prefilter', 'parse', 'rules', 'locate', 'merge', 'report'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageStats {
  /** Milliseconds per stage. */
  ms: Record<Stage, number>;
  files: number;
  bytes: number;
  /** Files that passed the prefilter (some rule's keyword, or a suppression comment). */
  candidates: number;
  /** Files handed to a parser. */
  parsed: number;
  workers: number;
}

export function emptyStats(): StageStats {
  return { ms: Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>, files: 0, bytes: 0, candidates: 0, parsed: 0, workers: 0 };
}

/** This thread's counters. */
export const stats = { on: false, current: emptyStats() };

export function enableStats(on: boolean): void {
  stats.on = on;
}

/** Adds the time since `since` to a stage; returns now. Call only when `stats.on`. */
export function lap(stage: Stage, since: number): number {
  const now = performance.now();
  stats.current.ms[stage] += now - since;
  return now;
}

export function addStats(into: StageStats, from: StageStats): void {
  for (const stage of STAGES) into.ms[stage] += from.ms[stage];
  into.files += from.files;
  into.bytes += from.bytes;
  into.candidates += from.candidates;
  into.parsed += from.parsed;
  into.workers += from.workers;
}

export function takeStats(): StageStats {
  const taken = stats.current;
  stats.current = emptyStats();
  return taken;
}

export function formatStats(s: StageStats): string {
  const ms = STAGES.filter((stage) => s.ms[stage] > 0).map((stage) => `${stage} ${s.ms[stage].toFixed(0)} ms`).join(', ');
  const where = s.workers ? `summed over ${s.workers} worker thread(s)` : 'main thread';
  return `${s.files} files (${(s.bytes / 1048576).toFixed(1)} MiB read), ${s.candidates} past the prefilter, ${s.parsed} parsed; stages (${where}): ${ms}`;
}
