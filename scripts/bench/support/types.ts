/** One line of the bench table: a measured figure and, where the brief sets one, its budget. */
export interface Row {
  /** Area of the quality table, e.g. "Build", "Page weight", "Search". */
  area: string;
  /** Data set the figure was measured on ("demo", "synthetic"), or "–". */
  dataset: string;
  /** What was measured, e.g. "pages per second". */
  figure: string;
  value: number | string;
  unit?: string;
  /** The budget in words, e.g. "≤ 30 KB gzipped". */
  budget?: string;
  /** Whether the figure meets the budget; undefined when there is none. */
  ok?: boolean;
}

/** A content folder to measure: the demo content or the synthetic 2,000-entry set. */
export interface Dataset {
  name: string;
  /** Shown in the table, e.g. "synthetic (2,000 × 7)". */
  label: string;
  contentDir: string;
  configFile: string;
}

/** Figures of one clean public build of a data set (made once per bench run, shared by modules). */
export interface BuildResult {
  dataset: Dataset;
  /** The built site. */
  outDir: string;
  seconds: number;
  /** HTML pages written. */
  pages: number;
  /** Highest resident memory of the build's whole process tree, in bytes. */
  peakRssBytes: number;
  /** Highest resident memory of one process of the build (the Astro build), in bytes. */
  peakProcessRssBytes: number;
  /** CPU seconds of the build's process tree (user + system). */
  cpuSeconds: number;
  /** Total size of all files in the output folder, in bytes. */
  distBytes: number;
}

/** Figures of the clean build of the bare Astro reference project (scripts/bench/support/bare-astro.ts). */
export interface ReferenceResult {
  /** The built reference site. */
  outDir: string;
  seconds: number;
  pages: number;
  peakRssBytes: number;
  peakProcessRssBytes: number;
  cpuSeconds: number;
}

/** What every bench module gets. */
export interface BenchContext {
  /** Data sets of this run, in order. */
  datasets: Dataset[];
  /** A clean public build of a data set; built on first call, then reused by every module. */
  build(dataset: Dataset): Promise<BuildResult>;
  /** A clean build of the bare Astro reference (14,000 trivial pages), made once per run. */
  reference(): Promise<ReferenceResult>;
  /** Project root. */
  root: string;
  /** Work folder for this run's files (.lotse/bench). */
  workDir: string;
}

/** A bench module: scripts/bench/<area>.ts exports `run`. */
export type BenchRun = (context: BenchContext) => Promise<Row[]>;
