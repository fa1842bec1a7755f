import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRelease, servedRoot, siteBuildEnv, siteMounts, type BuildReleaseOptions } from './releases.ts';
import { SITE_IDS, SITES } from './sites.ts';

let tmp: string;
let sitesDir: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'publisher-'));
  sitesDir = path.join(tmp, 'sites');
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A build that is a tiny Node script; `outDir` is its first argument. */
function script(source: string): BuildReleaseOptions['command'] {
  return (outDir) => ({ file: process.execPath, args: ['-e', source, outDir], cwd: tmp });
}

const writesPage = (html: string) =>
  script(`require('node:fs').writeFileSync(require('node:path').join(process.argv[1], 'index.html'), ${JSON.stringify(html)})`);

function build(command: BuildReleaseOptions['command'], extra: Partial<BuildReleaseOptions> = {}) {
  return buildRelease({ site: 'portal', sitesDir, repoRoot: tmp, cmsUrl: 'http://cms.test', siteUrl: 'http://site.test', command, ...extra });
}

const releasesDir = () => path.join(sitesDir, 'portal', 'releases');
const servedPage = () => readFile(path.join(servedRoot(sitesDir, 'portal'), 'index.html'), 'utf8');
const releaseFolders = async () => (await readdir(releasesDir())).sort();
const liveRelease = async () => path.basename(await realpath(servedRoot(sitesDir, 'portal')));

describe('buildRelease', () => {
  it('builds into a new release with the CMS and site URLs and the base path, marks it finished and serves it through a relative symlink', async () => {
    const result = await build(
      script(`
        const out = process.argv[1];
        require('node:fs').writeFileSync(require('node:path').join(out, 'index.html'), process.env.CMS_URL + ' ' + process.env.SITE_URL + ' ' + process.env.SITE_BASE + ' ' + process.env.ASTRO_TELEMETRY_DISABLED);
        console.log('built', out);
      `),
    );

    expect(result.ok).toBe(true);
    expect(result.release).not.toBeNull();
    expect(path.dirname(result.release!)).toBe(releasesDir());
    expect(path.basename(result.release!)).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/);
    expect(result.log).toContain('built');
    expect(servedRoot(sitesDir, 'portal')).toBe(path.join(sitesDir, 'portal', 'current'));
    expect((await lstat(servedRoot(sitesDir, 'portal'))).isSymbolicLink()).toBe(true);
    expect(path.isAbsolute(await readlink(servedRoot(sitesDir, 'portal')))).toBe(false);
    expect(await servedPage()).toBe('http://cms.test http://site.test / 1');
    const marker = JSON.parse(await readFile(path.join(result.release!, '.release.json'), 'utf8')) as { builtAt: string };
    expect(Number.isNaN(Date.parse(marker.builtAt))).toBe(false);
    // Nothing but the symlink and the releases folder is left beside it (no temporary links).
    expect((await readdir(path.join(sitesDir, 'portal'))).sort()).toEqual(['current', 'releases']);
  });

  it('keeps serving the previous release when a build fails, removes the half-built folder and returns the end of its output', async () => {
    const good = await build(writesPage('<h1>v1</h1>'));
    const failed = await build(
      script(`
        require('node:fs').writeFileSync(require('node:path').join(process.argv[1], 'index.html'), 'half');
        console.log('loading campaigns');
        console.error('Could not reach the CMS at http://cms.test');
        process.exit(3);
      `),
    );

    expect(failed.ok).toBe(false);
    expect(failed.release).toBeNull();
    expect(failed.log).toContain('loading campaigns');
    expect(failed.log).toContain('Could not reach the CMS at http://cms.test');
    expect(failed.log).toContain('exited with code 3');
    expect(await servedPage()).toBe('<h1>v1</h1>');
    expect(await releaseFolders()).toEqual([path.basename(good.release!)]);
  });

  it('fails without touching the served site when the build cannot be started', async () => {
    await build(writesPage('<h1>v1</h1>'));
    const failed = await build(() => ({ file: path.join(tmp, 'no-such-program'), args: [] }));

    expect(failed.ok).toBe(false);
    expect(failed.log).toContain('no-such-program');
    expect(await servedPage()).toBe('<h1>v1</h1>');
    expect(await releaseFolders()).toHaveLength(1);
  });

  it('returns only the last ~4,000 characters of a long log, without colour codes', async () => {
    const result = await build(
      script(`
        console.log('first line');
        for (let i = 0; i < 2000; i++) console.log('line ' + i);
        console.log('\\u001b[1mthe end\\u001b[22m');
      `),
    );

    expect(result.ok).toBe(true);
    expect(result.log.length).toBeLessThanOrEqual(4000);
    expect(result.log.length).toBeGreaterThan(3000);
    expect(result.log).not.toContain('first line');
    expect(result.log.trimEnd().endsWith('the end')).toBe(true);
    expect(result.log).not.toContain('\u001b');
  });

  it('logs both stdout and stderr', async () => {
    // Two pipes are read in whichever order they become readable, so only their presence is certain.
    const result = await build(script(`console.log('to stdout'); console.error('to stderr');`));

    expect(result.log).toContain('to stdout');
    expect(result.log).toContain('to stderr');
  });

  it('kills the whole process group of a build that runs past the timeout and counts it failed', async () => {
    await build(writesPage('<h1>v1</h1>'));
    const pidFile = path.join(tmp, 'grandchild.pid');
    const result = await build(
      script(`
        const { spawn } = require('node:child_process');
        const fs = require('node:fs');
        // A grandchild, as Astro's workers would be; it shares our output pipes.
        const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' });
        fs.writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));
        fs.writeFileSync(require('node:path').join(process.argv[1], 'index.html'), 'never finished');
        console.log('still building');
        setInterval(() => {}, 1000);
      `),
      { timeoutMs: 3000 },
    );

    expect(result.ok).toBe(false);
    expect(result.release).toBeNull();
    expect(result.log).toContain('still building');
    expect(result.log).toContain('ran longer than 3000 ms and was killed');
    expect(await servedPage()).toBe('<h1>v1</h1>');
    expect(await releaseFolders()).toHaveLength(1);
    const grandchild = Number(await readFile(pidFile, 'utf8'));
    expect(await isGone(grandchild)).toBe(true);
  });

  it('keeps the live release, the newest finished ones and unfinished young ones, and removes the rest', async () => {
    const dir = releasesDir();
    const finished = async (name: string) => {
      await mkdir(path.join(dir, name), { recursive: true });
      await writeFile(path.join(dir, name, '.release.json'), '{}');
    };
    await finished('20200101T000000000Z-00000001');
    await finished('20200102T000000000Z-00000002');
    await finished('20200103T000000000Z-00000003');
    await finished('20200104T000000000Z-00000004');
    // A build that died long ago, one still running (started a moment ago), and something not ours.
    await mkdir(path.join(dir, '20200105T000000000Z-00000005'));
    const running = `${new Date(Date.now() - 1000).toISOString().replace(/[-:.]/g, '')}-0000000a`;
    await mkdir(path.join(dir, running));
    await mkdir(path.join(dir, 'notes'));
    const previous = await build(writesPage('<h1>previous</h1>'), { keep: 2 });
    expect(await releaseFolders()).toEqual(
      [
        '20200103T000000000Z-00000003',
        '20200104T000000000Z-00000004',
        running,
        path.basename(previous.release!),
        'notes',
      ].sort(),
    );

    const next = await build(writesPage('<h1>next</h1>'), { keep: 2 });

    expect(await releaseFolders()).toEqual(
      ['20200104T000000000Z-00000004', running, path.basename(previous.release!), path.basename(next.release!), 'notes'].sort(),
    );
    expect(await liveRelease()).toBe(path.basename(next.release!));
  });

  it('never removes the live release, even with keep: 0', async () => {
    await build(writesPage('<h1>v1</h1>'), { keep: 0 });
    const second = await build(writesPage('<h1>v2</h1>'), { keep: 0 });

    expect(await releaseFolders()).toEqual([path.basename(second.release!)]);
    expect(await servedPage()).toBe('<h1>v2</h1>');
  });

  it('lets two concurrent builds of one site both finish; the later swap wins and its folder survives the other build’s pruning', async () => {
    const current = servedRoot(sitesDir, 'portal');
    // Both builds are running at once; the first waits for the second to go live before it finishes.
    const waitFor = (file: string) => `
      await new Promise((resolve) => { const t = setInterval(() => { if (require('node:fs').existsSync(${JSON.stringify(file)})) { clearInterval(t); resolve(); } }, 10); });`;
    const started = (name: string) => path.join(tmp, `${name}.started`);
    const slow = build(
      script(`(async () => {
        require('node:fs').writeFileSync(${JSON.stringify(started('slow'))}, '');
        ${waitFor(path.join(current, 'index.html'))}
        require('node:fs').writeFileSync(require('node:path').join(process.argv[1], 'index.html'), 'slow');
      })()`),
      { keep: 0 },
    );
    const fast = build(
      script(`(async () => {
        require('node:fs').writeFileSync(${JSON.stringify(started('fast'))}, '');
        ${waitFor(started('slow'))}
        require('node:fs').writeFileSync(require('node:path').join(process.argv[1], 'index.html'), 'fast');
      })()`),
      { keep: 0 },
    );

    const [slowResult, fastResult] = await Promise.all([slow, fast]);

    expect(fastResult.ok).toBe(true);
    // The fast build pruned with keep: 0 while the slow one was still writing, and left it alone.
    expect(slowResult.ok).toBe(true);
    expect(await liveRelease()).toBe(path.basename(slowResult.release!));
    expect(await servedPage()).toBe('slow');
  });

  it('keeps the release of every concurrent build with the default keep', async () => {
    const results = await Promise.all([build(writesPage('a')), build(writesPage('b')), build(writesPage('c'))]);

    expect(results.every((r) => r.ok)).toBe(true);
    expect(await releaseFolders()).toEqual(results.map((r) => path.basename(r.release!)).sort());
    expect(results.map((r) => path.basename(r.release!))).toContain(await liveRelease());
    expect(['a', 'b', 'c']).toContain(await servedPage());
  });

  const SWAPS = 12;
  it('swaps atomically: a reader of current/index.html never misses it while releases are swapped and pruned', async () => {
    await build(writesPage('release 0'));
    const stop = path.join(tmp, 'stop-reading');
    // The reader is its own process, so its reads interleave with the swaps for real.
    const reader = spawn(
      process.execPath,
      [
        '-e',
        `
        const fs = require('node:fs');
        const [page, stop] = process.argv.slice(1);
        let reads = 0, bad = [];
        while (!fs.existsSync(stop)) {
          try {
            const text = fs.readFileSync(page, 'utf8');
            if (!/^release \\d+$/.test(text)) bad.push('content: ' + JSON.stringify(text));
          } catch (error) { bad.push(error.code); }
          reads++;
        }
        console.log(JSON.stringify({ reads, bad: bad.slice(0, 10), badCount: bad.length }));
        `,
        path.join(servedRoot(sitesDir, 'portal'), 'index.html'),
        stop,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    reader.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const done = new Promise<number | null>((resolve) => reader.once('close', resolve));

    try {
      for (let i = 1; i <= SWAPS; i++) {
        const result = await build(writesPage(`release ${i}`), { keep: 1 });
        expect(result.ok).toBe(true);
      }
    } finally {
      await writeFile(stop, '');
    }
    expect(await done).toBe(0);

    const report = JSON.parse(out) as { reads: number; bad: string[]; badCount: number };
    expect(report.bad).toEqual([]);
    expect(report.badCount).toBe(0);
    expect(report.reads).toBeGreaterThan(SWAPS);
    expect(await servedPage()).toBe(`release ${SWAPS}`);
    expect(await releaseFolders()).toHaveLength(2);
    // Each build is a Node process and the reader spins a core: on a loaded 2-core CI machine
    // twelve swaps can take well over the default 30 s, which says nothing about atomicity.
  }, 180_000);

  it('rejects a negative keep before building anything', async () => {
    await expect(build(writesPage('x'), { keep: -1 })).rejects.toThrow(RangeError);
    expect(existsSync(releasesDir())).toBe(false);
  });
});

/** A killed process is gone, or a zombie waiting for whichever process adopted it. */
async function isGone(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

describe('siteMounts', () => {
  it('mounts every registered site at its base path from its served folder', () => {
    const mounts = siteMounts('/data/sites');
    expect(mounts.map((m) => m.site)).toEqual([...SITE_IDS]);
    for (const mount of mounts) {
      expect(mount.basePath).toBe(SITES[mount.site].basePath);
      expect(mount.root).toBe(servedRoot('/data/sites', mount.site));
    }
    expect(mounts).toContainEqual({ site: 'portal', basePath: '/', root: path.join('/data/sites', 'portal', 'current') });
  });
});

describe('siteBuildEnv', () => {
  it('gives a build the CMS, the public origin and the site’s base path', () => {
    expect(siteBuildEnv('portal', { cmsUrl: 'http://cms.test', siteUrl: 'https://union.example' })).toEqual({
      CMS_URL: 'http://cms.test',
      SITE_URL: 'https://union.example',
      SITE_BASE: '/',
    });
  });
});
