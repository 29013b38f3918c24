import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A worktree of `revision` of the repository at `repo`, in the system's temporary folder and sharing the
 * checkout's node_modules, so a script can build or bundle an older revision beside the checkout; made once per
 * revision and kept for the next run.
 * @param {string} repo
 * @param {string} revision
 */
export async function worktree(repo, revision) {
  const sha = execFileSync('git', ['rev-parse', revision], { cwd: repo, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `fact-linker-base-${sha.slice(0, 10)}`);
  if (!existsSync(dir)) {
    execFileSync('git', ['worktree', 'add', '--detach', dir, sha], { cwd: repo, stdio: 'ignore' });
    await symlink(join(repo, 'node_modules'), join(dir, 'node_modules'));
  }
  return { sha, dir };
}

/**
 * A build of `revision` in its worktree, for the scripts that set two revisions side by side: Chrome's (unminified
 * with `unminified`, for function names in profiles) or Firefox's. Says on stderr what it builds.
 * @param {string} repo
 * @param {string} revision
 * @param {{ firefox?: boolean, unminified?: boolean }} [options]
 */
export async function builtAt(repo, revision, { firefox = false, unminified = false } = {}) {
  const { sha, dir } = await worktree(repo, revision);
  process.stderr.write(`building ${sha.slice(0, 10)}${unminified ? ' unminified' : ''}\n`);
  const target = firefox ? ['-b', 'firefox', '--mv3'] : ['-b', 'chrome'];
  execFileSync('npx', ['wxt', 'build', ...target], {
    cwd: dir,
    env: unminified ? { ...process.env, FL_UNMINIFIED: '1' } : process.env,
    stdio: 'ignore',
  });
  return { sha, output: join(dir, '.output', firefox ? 'firefox-mv3' : 'chrome-mv3') };
}
