import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const pageSize = 4096;

/** Parent of every running process, from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat, after the command name in parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

/**
 * Resident memory of a process and all its descendants, and of the largest of them, in bytes;
 * `cpuTicks` gets each process's CPU time so far (user + system, in clock ticks).
 */
function treeRss(rootPid: number, cpuTicks?: Map<number, number>): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  let largest = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
      total += rss;
      largest = Math.max(largest, rss);
      if (cpuTicks) {
        // Fields 14 and 15 of /proc/<pid>/stat, counted after the command name in parentheses.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpuTicks.set(pid, Math.max(cpuTicks.get(pid) ?? 0, Number(fields[11]) + Number(fields[12])));
      }
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/** What `runMeasured` reports of a finished command. */
interface Measured {
  status: number | null;
  seconds: number;
  /** Highest sum of the resident memory of the process tree. */
  peakRssBytes: number;
  /** Highest resident memory of a single process of the tree (the Astro build itself). */
  peakProcessRssBytes: number;
  /**
   * CPU seconds (user + system) of the whole tree, from the same samples: on a busy machine the
   * wall clock says more about the other processes than about this one. Slightly low (the last
   * 100 ms of each process are not seen).
   */
  cpuSeconds: number;
  output: string;
}

/**
 * Run a command and measure wall-clock seconds and the peak resident memory of its whole
 * process tree and of its largest process (sampled from /proc every 100 ms: Astro starts
 * worker processes, and GNU time would only see the largest single one).
 */
export function runMeasured(command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd: string }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    let peakProcess = 0;
    const cpuTicks = new Map<number, number>();
    const sample = () => {
      if (!child.pid) return;
      const rss = treeRss(child.pid, cpuTicks);
      peak = Math.max(peak, rss.total);
      peakProcess = Math.max(peakProcess, rss.largest);
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const cpuSeconds = [...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / ticksPerSecond;
      resolve({
        status,
        seconds: (performance.now() - started) / 1000,
        peakRssBytes: peak,
        peakProcessRssBytes: peakProcess,
        cpuSeconds,
        output,
      });
    });
  });
}

/** Number and total size of the files under a folder, and how many are HTML pages. */
export function folderFigures(dir: string): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else {
        files++;
        bytes += statSync(child).size;
        if (entry.name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { files, bytes, pages };
}
