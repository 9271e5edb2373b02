import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** One message of the W3C Nu HTML checker (`--format json`). */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  /** "warning" on info messages that are warnings, "fatal" on errors it cannot recover from. */
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

// The package exports the path of its jar (as a String object).
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Check HTML files with the W3C Nu HTML checker (vnu-jar, the checker behind validator.w3.org/nu)
 * in one Java process: its start-up costs more than checking a page. Needs Java from Debian.
 */
export function checkWithNu(files: string[], cwd: string): NuMessage[] {
  const result = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) {
    throw new Error(
      `Java not found (${result.error.message}). The W3C Nu checker needs a Java runtime from Debian:\n` +
        `  sudo apt-get update && sudo apt-get install -y default-jre-headless\n(CI installs it in .ci/run.)`,
    );
  }
  if (result.status !== 0) throw new Error(`The Nu checker failed (exit ${result.status}):\n${result.stderr}`);
  return (JSON.parse(result.stdout) as { messages: NuMessage[] }).messages;
}
