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
