import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for headless Chromium on these machines: no sandbox as root, and no calls home on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const HOW_TO =
  'Chromium not found: run `apt-get update && apt-get install -y chromium fonts-noto-cjk` (Debian) or set CHROMIUM_PATH.';

function found(): string | undefined {
  const env = process.env['CHROMIUM_PATH'];
  if (env) return existsSync(env) ? env : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/**
 * Path of a Chromium to drive. On a root Debian machine without one, installs Debian's package (and the
 * CJK fonts the Chinese text needs) with apt-get; anywhere else fails with one line saying how to get one.
 */
export function ensureChromium(): string {
  const path = found();
  if (path) return path;
  const canInstall =
    process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && process.env['NO_APT_INSTALL'] !== '1';
  if (canInstall) {
    try {
      execFileSync('apt-get', ['update'], { stdio: 'ignore' });
      execFileSync('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk'], { stdio: 'ignore' });
    } catch {
      throw new Error(HOW_TO);
    }
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(HOW_TO);
}
