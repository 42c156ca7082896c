// `npm ci` when the installed packages are missing or older than package-lock.json, so that a
// fresh clone installs exactly the committed lockfile and a rebuild does not reinstall for nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ui = fileURLToPath(new URL('..', import.meta.url));
const lock = `${ui}/package-lock.json`;
const installed = `${ui}/node_modules/.package-lock.json`;

if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) {
  console.log('webui: node_modules is up to date with package-lock.json');
  process.exit(0);
}
console.log('webui: npm ci');
const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ui, stdio: 'inherit' });
process.exit(npm.status ?? 1);
