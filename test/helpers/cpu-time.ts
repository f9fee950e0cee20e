/**
 * CPU milliseconds `fn` takes in this process. The catastrophic-backtracking guards use CPU time,
 * not wall time, so a loaded machine (CI, other jobs) cannot make them fail; a regex that
 * backtracks catastrophically on 1 MB still takes minutes of CPU.
 */
export function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}
