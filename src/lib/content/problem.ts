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
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field
    ? `Feld „${problem.field}“${problem.label ? ` (${problem.label})` : ''}: `
    : '';
  return `${where}: ${field}${problem.message}`;
}

/** Turn a path like ["locations", 0, "address"] into "locations[0].address". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}
