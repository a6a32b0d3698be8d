// The processes a user starts from a shell, started the same way for the end-to-end tests: the emulator's
// CLI (`npx b24-call-card-emulator …`), the example app (`node examples/app/server.mjs --port P`) and a
// telephony backend trusting the emulator's certificate as the CLI says.
import { execFile, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../scripts/test-runner/free-port.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

export { freePort };

/** Stops a process started `detached`, with its children (npx runs node under a shell). */
export function stopper(child) {
  return () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
}

/** Starts `command args` from the repository; resolves once `ready` matches what it printed. */
function startPrinting(command, args, env, ready, what) {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, ...env } });
  const stop = stopper(child);
  let output = '';
  return new Promise((done, failed) => {
    const timer = setTimeout(() => (stop(), failed(new Error(`${what} did not start; it printed:\n${output}`))), 30_000);
    const read = (chunk) => {
      output += chunk;
      if (!ready.test(output)) return;
      clearTimeout(timer);
      done({ child, stop, output });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`${what} exited with ${code}; it printed:\n${output}`));
    });
  });
}

/**
 * `npx b24-call-card-emulator …args` with its certificate and secrets in `home`; resolves with what it
 * printed (the page's address, the webhook, the certificate for Node and Python) once it is serving.
 */
export async function startEmulatorCli(args, home) {
  const { stop, output } = await startPrinting('npx', ['b24-call-card-emulator', ...args], { B24_EMULATOR_HOME: home }, /REST answers/, 'the emulator');
  return {
    stop,
    output,
    address: /Call card emulator: (\S+)/.exec(output)[1],
    webhook: /Webhook: (\S+)/.exec(output)[1],
    certPath: /NODE_EXTRA_CA_CERTS=(\S+)/.exec(output)?.[1],
    pythonCertFile: /SSL_CERT_FILE=(\S+)/.exec(output)?.[1],
  };
}

/** `npx b24-call-card-emulator --cert-path`: the certificate's path, made if missing. */
export async function emulatorCertPath(home) {
  const { stdout } = await run('npx', ['b24-call-card-emulator', '--cert-path'], { cwd: ROOT, env: { ...process.env, B24_EMULATOR_HOME: home } });
  return stdout.trim();
}

/** `node examples/app/server.mjs --port <port>` with `env`; resolves with its origin once it listens. */
export async function startExampleApp(port, env = {}) {
  const { stop, output } = await startPrinting(process.execPath, ['examples/app/server.mjs', '--port', String(port)], env, /Install URL: /, 'the example app');
  return { stop, output, origin: /Install URL: (\S+)\/install/.exec(output)[1] };
}

/** Runs a backend step (test/e2e/backends) in its own Node or Python process, trusting the emulator's certificate as the CLI says. */
export async function runBackend(script, emulator, ...args) {
  const python = script.endsWith('.py');
  const { stdout } = await run(python ? 'python3' : process.execPath, [join(ROOT, 'test/e2e/backends', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, WEBHOOK: emulator.webhook, ...(python ? { SSL_CERT_FILE: emulator.pythonCertFile } : { NODE_EXTRA_CA_CERTS: emulator.certPath }) },
  });
  return JSON.parse(stdout);
}
