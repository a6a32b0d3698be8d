import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the certificate and the webhook secret are kept: outside the project, reused on every start. */
export function defaultStateDir(): string {
  if (process.env['B24_EMULATOR_HOME']) return process.env['B24_EMULATOR_HOME'];
  const cache = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(cache, 'b24-call-card-emulator');
}

export interface Certificate {
  readonly certPath: string;
  readonly keyPath: string;
  readonly created: boolean;
}

/**
 * A self-signed certificate for localhost and 127.0.0.1, made on first start with `openssl` (or the
 * `selfsigned` package when installed and `openssl` is not).
 */
export async function ensureCertificate(stateDir: string): Promise<Certificate> {
  const certPath = join(stateDir, 'localhost-cert.pem');
  const keyPath = join(stateDir, 'localhost-key.pem');
  if (existsSync(certPath) && existsSync(keyPath)) return { certPath, keyPath, created: false };
  mkdirSync(stateDir, { recursive: true });
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '825', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1', '-keyout', keyPath, '-out', certPath], { stdio: 'pipe' });
  } catch (opensslError) {
    const reason = (opensslError as NodeJS.ErrnoException).code === 'ENOENT' ? 'openssl is not installed' : (opensslError as Error).message;
    let selfsigned: { generate(attributes: unknown[], options: unknown): Promise<{ private: string; cert: string }> };
    try {
      // An optional package: not a dependency, so its name stays out of the bundler's sight.
      const name = 'selfsigned';
      selfsigned = (await import(/* @vite-ignore */ name)) as typeof selfsigned;
    } catch {
      throw new Error(`Could not make a certificate for HTTPS: ${reason}. Install openssl, or \`npm install --save-dev selfsigned\`, or start the emulator with --http.`);
    }
    const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      days: 825,
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
    });
    writeFileSync(keyPath, pems.private, { mode: 0o600 });
    writeFileSync(certPath, pems.cert);
  }
  return { certPath, keyPath, created: true };
}

/** The webhook's secret: made once, kept with the certificate, so a backend's configuration survives restarts. */
export function webhookSecret(stateDir: string): string {
  const file = join(stateDir, 'webhook-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(stateDir, { recursive: true });
  const secret = randomBytes(8).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
