import { createServer } from 'node:net';

/** A port nothing listens on now, on 127.0.0.1: the WebKit driver's, and the example app's in the end-to-end tests. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
