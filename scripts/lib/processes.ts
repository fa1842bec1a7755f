import { spawn, type ChildProcess } from 'node:child_process';

export interface Service {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

const running = new Set<Service>();

// Last resort: whatever ends this process (an uncaught error, a closed output pipe), no child
// process group outlives it. 'exit' handlers must be synchronous, so this sends SIGKILL at once.
process.on('exit', () => {
  for (const service of running) signal(service, 'SIGKILL');
});
// A parent that stops reading our output (a closed pipe) must not crash us before we clean up.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

/**
 * Starts a long-running child in its own process group, so stopping it also stops whatever it
 * spawned (next start, the JVM of DynamoDB Local), and prefixes its output with its name.
 */
export function startService(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean }): Service {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}] `;
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    if (options.quiet) return;
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(prefix + line + '\n');
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const service = { name, child, exited };
  running.add(service);
  void exited.then(() => running.delete(service));
  return service;
}

/** Runs a command to completion with inherited output; rejects with its exit code otherwise. */
export function runStep(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const service = startService(name, command, args, options);
    void service.exited.then((code) => (code === 0 ? resolve() : reject(new Error(`${name} failed with exit code ${code}`))));
  });
}

/** Stops every service started here: SIGTERM to each process group, SIGKILL after a grace period. */
export async function stopAll(graceMs = 5000): Promise<void> {
  const services = [...running];
  for (const s of services) signal(s, 'SIGTERM');
  const timer = setTimeout(() => services.forEach((s) => signal(s, 'SIGKILL')), graceMs);
  await Promise.all(services.map((s) => s.exited));
  clearTimeout(timer);
}

function signal(service: Service, sig: NodeJS.Signals) {
  if (service.child.pid === undefined || service.child.exitCode !== null) return;
  try {
    process.kill(-service.child.pid, sig);
  } catch {
    // The group is already gone.
  }
}

/** Polls a URL until it answers with a status below 500, or fails after `timeoutMs`. */
export async function waitForUrl(url: string, timeoutMs: number, service?: Service): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void service?.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${service?.name} exited with code ${exitCode} before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
