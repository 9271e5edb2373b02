/**
 * One way to call every content command: `npm run <name> -- [options]`, with `--content <dir>`
 * and `--config <file>` (defaults: LOTSE_CONTENT_DIR and LOTSE_SITE_CONFIG, else content/ and
 * site.config.yaml), `--help`, and one German line with exit code 2 for anything it does not
 * know. Each script describes its options once; the help text is made from that description.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** One option of a command, described for the parser and the help text. */
interface CommandOption {
  type: 'string' | 'boolean';
  /** German, one line: what it does. */
  description: string;
  /** Placeholder of the value in the help text, e.g. "<Ordner>". */
  value?: string;
  default?: string | boolean;
  multiple?: boolean;
}

/** What a command is and what it accepts. */
interface CommandSpec<Options extends Record<string, CommandOption>> {
  /** The npm script name, e.g. "check". */
  name: string;
  /** German, a few lines: what the command does. */
  summary: string;
  /** Arguments after the options, e.g. "<Datei.xlf>", and what they mean; none when omitted. */
  positionals?: { usage: string; description: string };
  options: Options;
  /** Whether the command works on a content folder (adds --content and --config). Default true. */
  content?: boolean;
  /** Extra lines at the end of the help text (examples). */
  examples?: string[];
}

type Values<Options extends Record<string, CommandOption>> = {
  [Key in keyof Options]: Options[Key]['type'] extends 'boolean'
    ? boolean
    : Options[Key]['multiple'] extends true
      ? string[]
      : Options[Key]['default'] extends string
        ? string
        : string | undefined;
};

/** The parsed command line. */
interface ParsedCommand<Options extends Record<string, CommandOption>> {
  values: Values<Options>;
  positionals: string[];
  /** Absolute paths of the content folder and site configuration in use. */
  paths: { contentDir: string; configFile: string };
}

/** --content and --config, shared by every content command. */
const contentOptions = {
  content: {
    type: 'string',
    value: '<Ordner>',
    description: 'Inhaltsordner (Standard: LOTSE_CONTENT_DIR, sonst content/)',
  },
  config: {
    type: 'string',
    value: '<Datei>',
    description: 'Konfigurationsdatei (Standard: LOTSE_SITE_CONFIG, sonst site.config.yaml)',
  },
} as const satisfies Record<string, CommandOption>;

const helpOption = { type: 'boolean', description: 'zeigt diese Hilfe' } as const satisfies CommandOption;

/** The help text of a command. */
function helpText<Options extends Record<string, CommandOption>>(spec: CommandSpec<Options>): string {
  const options: [string, CommandOption][] = [
    ...Object.entries(spec.options),
    ...(spec.content === false ? [] : Object.entries(contentOptions)),
    ['help', helpOption],
  ];
  const shown = options.map(([name, option]) => [`--${name}${option.value ? ` ${option.value}` : ''}`, option.description] as const);
  const width = Math.max(...shown.map(([usage]) => usage.length), spec.positionals?.usage.length ?? 0);
  const usage = `npm run ${spec.name} -- ${spec.positionals ? `${spec.positionals.usage} ` : ''}[Optionen]`;
  return [
    usage,
    '',
    spec.summary,
    '',
    ...(spec.positionals ? [`  ${spec.positionals.usage.padEnd(width)}  ${spec.positionals.description}`] : []),
    ...shown.map(([option, description]) => `  ${option.padEnd(width)}  ${description}`),
    ...(spec.examples?.length ? ['', 'Beispiele:', ...spec.examples.map((line) => `  ${line}`)] : []),
    '',
    'Optionen stehen nach „--“, sonst nimmt npm sie für sich: npm run ' + spec.name + ' -- --help',
  ].join('\n');
}

/** Stop with one German line on stderr and exit code 2 (a mistake in the command line). */
export function failUsage(name: string, message: string): never {
  console.error(`✗ ${message} – „npm run ${name} -- --help“ zeigt, was möglich ist`);
  process.exit(2);
}

/** Node's parseArgs errors, said in German. */
function describeParseError(error: Error & { code?: string }, argv: readonly string[]): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unbekannte Option „${quoted || argv.find((arg) => arg.startsWith('-')) || ''}“`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = /--([a-z-]+)/.exec(error.message)?.[1];
      return option ? `„--${option}“ braucht einen Wert, z. B. „--${option} <Wert>“` : 'eine Option hat einen falschen Wert';
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unerwartete Angabe „${quoted}“`;
    default:
      return error.message.split('\n')[0] ?? 'Aufruf nicht verstanden';
  }
}

/**
 * Parse the command line of a script. `--help` prints the help text and exits 0; a mistake
 * prints one German line and exits 2. The content folder and configuration in use are also
 * put into LOTSE_CONTENT_DIR and LOTSE_SITE_CONFIG, so processes the script starts (astro)
 * read the same data set.
 */
export function parseCommand<Options extends Record<string, CommandOption>>(
  spec: CommandSpec<Options>,
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): ParsedCommand<Options> {
  const content = spec.content !== false;
  const options = {
    ...Object.fromEntries(
      Object.entries(spec.options).map(([name, option]) => [
        name,
        {
          type: option.type,
          ...(option.multiple ? { multiple: true } : {}),
          ...(option.default !== undefined ? { default: option.default } : {}),
        },
      ]),
    ),
    ...(content ? { content: { type: 'string' }, config: { type: 'string' } } : {}),
    help: { type: 'boolean', default: false },
  } as const;
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: options as never, allowPositionals: spec.positionals !== undefined, strict: true });
  } catch (error) {
    const message = describeParseError(error as Error & { code?: string }, argv);
    // `npm run check --content x` hands "x" over without the option: say where options go.
    const hint =
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
        ? ' (Optionen stehen nach „--“: npm run ' + spec.name + ' -- --content <Ordner>)'
        : '';
    failUsage(spec.name, `${message}${hint}`);
  }
  if (parsed.values['help']) {
    console.log(helpText(spec));
    process.exit(0);
  }
  const contentDir = resolve((parsed.values['content'] as string | undefined) ?? env['LOTSE_CONTENT_DIR'] ?? 'content');
  const configFile = resolve((parsed.values['config'] as string | undefined) ?? env['LOTSE_SITE_CONFIG'] ?? 'site.config.yaml');
  if (content) {
    env['LOTSE_CONTENT_DIR'] = contentDir;
    env['LOTSE_SITE_CONFIG'] = configFile;
  }
  const { content: _content, config: _config, help: _help, ...values } = parsed.values;
  return { values: values as Values<Options>, positionals: parsed.positionals, paths: { contentDir, configFile } };
}
