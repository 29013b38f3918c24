import { readFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem } from 'node:os';

/** Reads a file, or '' when it is missing (non-Linux machines). */
const readOr = (path) => readFile(path, 'utf8').catch(() => '');

/**
 * What the numbers were measured on, for the report: CPU model and cores, memory, OS, node, and the load
 * average (other work on a shared machine skews timings).
 * @param {string} chromium the browser's own version string
 */
export async function machineInfo(chromium) {
  const cpuinfo = await readOr('/proc/cpuinfo');
  const osRelease = await readOr('/etc/os-release');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const os = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(osRelease)?.[1] ?? process.platform;
  return {
    cpu: model.trim(),
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${os} (kernel ${release()})`,
    node: process.version,
    chromium,
    loadStart: loadavg()[0] ?? 0,
  };
}

/** One-minute load average now. */
export function loadNow() {
  return loadavg()[0] ?? 0;
}
