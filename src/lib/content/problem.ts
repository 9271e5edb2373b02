/** One thing wrong with the content, in words an editor can act on. */
export interface Problem {
  /** Path of the file, relative to the project (or absolute when outside it). */
  file: string;
  /** 1-based line, when known (YAML and MDX syntax errors). */
  line?: number;
  /** Dotted field path, e.g. "locations[0].openingHours". */
  field?: string;
  /** German label of the field, when the schema has one. */
  label?: string;
  /** What is wrong and what to do, in one sentence. */
  message: string;
}

/** One line per problem: file, field and message. */
export function formatProblem(problem: Problem): string {
  return `${where(problem)}: ${fieldAndMessage(problem)}`;
}

/**
 * One line per warning, like a problem but marked „Warnung:“. A warning names something that
 * works but is probably not meant (an ambiguous opening-hours rule, an unstamped translation);
 * it never stops a build.
 */
export function formatWarning(warning: Problem): string {
  return `${where(warning)}: Warnung: ${fieldAndMessage(warning)}`;
}

function where(problem: Problem): string {
  return problem.line ? `${problem.file}:${problem.line}` : problem.file;
}

function fieldAndMessage(problem: Problem): string {
  const field = problem.field ? `Feld „${problem.field}“${problem.label ? ` (${problem.label})` : ''}: ` : '';
  return `${field}${problem.message}`;
}

/** Turn a path like ["locations", 0, "address"] into "locations[0].address". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}
