import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SITE_IDS, SITES, type SiteId } from './sites.ts';

/*
 * Layout of one site under `sitesDir`:
 *
 *   <site>/current                         symlink to releases/<name>, swapped with rename()
 *   <site>/releases/<name>/                one build each; <name> = <UTC start, sortable>-<random>
 *   <site>/releases/<name>/.release.json   written once the release has gone live: it is finished
 *
 * A release folder without the marker belongs to a build still running (or one that died); other
 * builds leave it alone until it is older than any build is allowed to run.
 */
const CURRENT = 'current';
const RELEASES = 'releases';
const MARKER = '.release.json';
const RELEASE_NAME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-[0-9a-f]{8}$/;
const DEFAULT_KEEP = 3;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
/** Covers the moment between a build's exit at its deadline and its swap. */
const UNFINISHED_GRACE_MS = 60_000;
/** How far a file's modification time may lag `Date.now()`: file systems stamp with the kernel's coarse clock (a tick, 4–10 ms). */
const MARKER_CLOCK_MARGIN_MS = 50;
const LOG_LIMIT = 4000;
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** How long to wait for the output pipes to drain after the build exits (strays are killed first). */
const DRAIN_MS = 2000;

/** Where the static server serves a site from: a symlink `<sitesDir>/<site>/current` to the live release. */
export function servedRoot(sitesDir: string, site: SiteId): string {
  return path.join(sitesDir, site, CURRENT);
}

/** Every registered site and the folder it is served from, for a server that mounts each at its base path. */
export function siteMounts(sitesDir: string): Array<{ site: SiteId; basePath: string; root: string }> {
  return SITE_IDS.map((site) => ({ site, basePath: SITES[site].basePath, root: servedRoot(sitesDir, site) }));
}

/**
 * The configuration a site's build gets: CMS_URL (where to read published content), SITE_URL (the
 * public origin, for canonical URLs) and SITE_BASE (the registry's base path, `/` or `/<name>/`,
 * which a microsite's Astro config uses as its `base`).
 */
export function siteBuildEnv(site: SiteId, urls: { cmsUrl: string; siteUrl: string }): { CMS_URL: string; SITE_URL: string; SITE_BASE: string } {
  return { CMS_URL: urls.cmsUrl, SITE_URL: urls.siteUrl, SITE_BASE: SITES[site].basePath };
}

export interface BuildReleaseOptions {
  site: SiteId;
  sitesDir: string;
  repoRoot: string;
  /** Passed to the build as CMS_URL. */
  cmsUrl: string;
  /** Passed to the build as SITE_URL. */
  siteUrl: string;
  /** Base environment of the build (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Completed releases kept besides the live one (default 3). */
  keep?: number;
  /** Default 10 min; the build is killed (whole process group) and counted failed. */
  timeoutMs?: number;
  /** Default: Astro build of the site's workspace. `cwd` defaults to that workspace. */
  command?: (outDir: string) => { file: string; args: string[]; cwd?: string };
}

export interface BuildReleaseResult {
  ok: boolean;
  /** Absolute path of the new release folder, or null when the build failed. */
  release: string | null;
  durationMs: number;
  /** The last ~4,000 characters of the build's stdout and stderr, interleaved, plus the publisher's own notes. */
  log: string;
}

/**
 * Builds a site into a new release folder and, only if the build succeeds, makes it the served one
 * in one atomic step. `ok: false` means the build failed (exit code, spawn error, timeout): the
 * half-built folder is removed and the served site is untouched. Rejects only when the release
 * folders themselves cannot be written or swapped.
 */
export async function buildRelease(options: BuildReleaseOptions): Promise<BuildReleaseResult> {
  const started = Date.now();
  const keep = options.keep ?? DEFAULT_KEEP;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(keep) || keep < 0) throw new RangeError(`keep must be a whole number ≥ 0, got ${keep}`);
  if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`);

  const siteDir = path.join(options.sitesDir, options.site);
  const releasesDir = path.join(siteDir, RELEASES);
  const name = releaseName(new Date(started));
  const release = path.join(releasesDir, name);
  await mkdir(releasesDir, { recursive: true });
  // Not recursive: an existing folder of that name would be someone else's.
  await mkdir(release);

  const log = new LogTail();
  const workspaceDir = path.join(options.repoRoot, SITES[options.site].workspace);
  const built = await runBuild(log, timeoutMs, () => {
    const command = (options.command ?? astroBuild(options.repoRoot, workspaceDir))(release);
    return {
      ...command,
      cwd: command.cwd ?? workspaceDir,
      env: {
        // The build inherits the caller's environment (PATH, HOME, …); this passes it on rather than reading configuration.
        // eslint-disable-next-line no-restricted-properties
        ...(options.env ?? process.env),
        ...siteBuildEnv(options.site, options),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
    };
  });
  if (!built) {
    await rm(release, { recursive: true, force: true, maxRetries: 3 });
    return { ok: false, release: null, durationMs: Date.now() - started, log: log.text() };
  }

  try {
    await swap(siteDir, name);
  } catch (error) {
    await rm(release, { recursive: true, force: true, maxRetries: 3 });
    throw new Error(`The ${options.site} build succeeded but ${servedRoot(options.sitesDir, options.site)} could not be swapped to it`, {
      cause: error,
    });
  }
  // The marker comes after the swap, so a release that finished building but is not live yet
  // still looks unfinished to a concurrent build's pruning, which therefore leaves it alone.
  const durationMs = Date.now() - started;
  await writeFile(
    path.join(release, MARKER),
    `${JSON.stringify({ site: options.site, release: name, builtAt: new Date().toISOString(), durationMs }, null, 2)}\n`,
  );

  try {
    await prune(siteDir, keep, Math.max(timeoutMs, DEFAULT_TIMEOUT_MS) + UNFINISHED_GRACE_MS);
  } catch (error) {
    // The new release is live; old folders left behind are only disk space, so this does not fail the build.
    const message = `could not remove old releases of ${options.site}: ${errorText(error)}`;
    log.note(message);
    process.emitWarning(message, { code: 'UNION_PUBLISHER_PRUNE' });
  }
  return { ok: true, release, durationMs, log: log.text() };
}

type Command = { file: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv };

/** Default command: Astro's CLI on the current Node, so the build runs on the same version as the caller. */
function astroBuild(repoRoot: string, workspaceDir: string) {
  return (outDir: string) => ({
    file: process.execPath,
    args: [astroCli(repoRoot, workspaceDir), 'build', '--outDir', outDir],
    cwd: workspaceDir,
  });
}

function astroCli(repoRoot: string, workspaceDir: string): string {
  // Where Node would find it from the workspace: its own node_modules, then the hoisted one.
  for (const dir of [workspaceDir, repoRoot]) {
    const packageDir = path.join(dir, 'node_modules', 'astro');
    let manifest: { bin?: string | Record<string, string> };
    try {
      manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as typeof manifest;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) continue;
      throw error;
    }
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.astro;
    if (!bin) throw new Error(`${path.join(packageDir, 'package.json')} names no astro executable in "bin"`);
    return path.join(packageDir, bin);
  }
  throw new Error(`astro is not installed in ${workspaceDir} or ${repoRoot} (run npm install)`);
}

// Builds still running when this process exits are killed with it, as start.ts does for its services.
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function track(child: ChildProcess) {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const build of running) killGroup(build);
    });
  }
  running.add(child);
}

/** Runs the build in its own process group; true when it exits with 0 within the timeout. */
function runBuild(log: LogTail, timeoutMs: number, makeCommand: () => Command): Promise<boolean> {
  return new Promise((resolve) => {
    let command: Command;
    let child: ChildProcess;
    try {
      command = makeCommand();
      child = spawn(command.file, command.args, { cwd: command.cwd, env: command.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      log.note(`could not start the build: ${errorText(error)}`);
      resolve(false);
      return;
    }
    track(child);

    let settled = false;
    let timedOut = false;
    let drainTimer: NodeJS.Timeout | undefined;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(drainTimer);
      running.delete(child);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve(ok);
    };

    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => log.add(chunk));
    }

    const deadline = setTimeout(() => {
      timedOut = true;
      log.note(`the build ran longer than ${timeoutMs} ms and was killed`);
      killGroup(child, log);
    }, timeoutMs);

    child.once('error', (error) => {
      log.note(`could not run ${command.file}: ${errorText(error)}`);
      // Without a pid the process never started, so no 'close' follows.
      if (child.pid === undefined) finish(false);
      else killGroup(child, log);
    });
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    const conclude = () => {
      if (timedOut || !exit) return finish(false);
      if (exit.code === 0) return finish(true);
      log.note(exit.code === null ? `the build was killed by ${exit.signal}` : `the build exited with code ${exit.code}`);
      finish(false);
    };
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      // Anything the build left running in its group would hold the output pipes open, and could
      // keep writing into a folder that is about to be published or removed.
      killGroup(child, log);
      drainTimer = setTimeout(() => {
        log.note('the build’s output pipes stayed open after it exited; its last lines may be missing');
        conclude();
      }, DRAIN_MS);
    });
    child.once('close', conclude);
  });
}

function killGroup(child: ChildProcess, log?: LogTail) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch (error) {
    if (!isErrno(error, 'ESRCH')) log?.note(`could not kill the build's process group: ${errorText(error)}`);
  }
}

/** Points `current` at the release: a new symlink beside it, renamed over it (atomic on POSIX). */
async function swap(siteDir: string, name: string) {
  const temp = path.join(siteDir, `.${CURRENT}-${randomBytes(6).toString('hex')}.tmp`);
  // Relative, so the data folder can be moved or mounted elsewhere.
  await symlink(path.join(RELEASES, name), temp, 'dir');
  try {
    await rename(temp, path.join(siteDir, CURRENT));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Keeps the live release, the `keep` newest finished ones and every unfinished one younger than
 * `unfinishedMaxAgeMs`; removes the rest. Folders not named like a release are not ours to touch.
 */
async function prune(siteDir: string, keep: number, unfinishedMaxAgeMs: number) {
  const releasesDir = path.join(siteDir, RELEASES);
  // A concurrent build may swap `current` right after it is read here, and then mark its release
  // finished: that release is live although it looks like an old finished one. Every such marker
  // is written after this moment, so a release marked since (less a margin for the file system's
  // coarse clock) is left for a later prune.
  const readAt = Date.now() - MARKER_CLOCK_MARGIN_MS;
  const live = await liveRelease(siteDir);
  const names = (await readdir(releasesDir))
    .filter((name) => RELEASE_NAME.test(name) && name !== live)
    .sort()
    .reverse();
  const finished: string[] = [];
  const unfinished: string[] = [];
  for (const name of names) {
    const markedAt = await modifiedAt(path.join(releasesDir, name, MARKER));
    if (markedAt === undefined) unfinished.push(name);
    else if (markedAt < readAt) finished.push(name);
  }
  const now = Date.now();
  const stale = [...finished.slice(keep), ...unfinished.filter((name) => now - releaseStartedAt(name) > unfinishedMaxAgeMs)];
  for (const name of stale) await rm(path.join(releasesDir, name), { recursive: true, force: true, maxRetries: 3 });
}

/** When a file was last written, or undefined when it does not exist. */
async function modifiedAt(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
}

async function liveRelease(siteDir: string): Promise<string | undefined> {
  try {
    return path.basename(await readlink(path.join(siteDir, CURRENT)));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
}

function releaseName(startedAt: Date): string {
  return `${startedAt.toISOString().replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}`;
}

function releaseStartedAt(name: string): number {
  const [, y, mo, d, h, mi, s, ms] = RELEASE_NAME.exec(name) ?? [];
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms));
}

/** The end of the build's output: enough to see why it failed, bounded however much it prints. */
class LogTail {
  #text = '';

  add(chunk: string) {
    this.#text += chunk;
    if (this.#text.length > 2 * LOG_LIMIT) this.#text = this.#text.slice(-LOG_LIMIT);
  }

  note(message: string) {
    this.add(`${this.#text === '' || this.#text.endsWith('\n') ? '' : '\n'}[publisher] ${message}\n`);
  }

  /** Without terminal colour codes, which some tools print even with FORCE_COLOR=0. */
  text(): string {
    return this.#text.replace(ANSI_ESCAPE, '').slice(-LOG_LIMIT);
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
