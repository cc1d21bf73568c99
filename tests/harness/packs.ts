/** Publishes a pack on the fixture server (what a Diskominfo does on its web host). */
import { request } from 'node:https';
import type { PublishedPack } from './server';

export const PACK_HOST = 'www.facebook.com';

export function packUrl(name: string): string {
  return `https://${PACK_HOST}/__packs/${name}`;
}

export function publishPack(port: number, name: string, pack: PublishedPack): Promise<void> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(pack);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/__packs/${name}`,
        method: 'PUT',
        servername: PACK_HOST,
        headers: { host: PACK_HOST, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        // The certificate is made per run for the fixture hosts; Chromium runs with the same trust.
        rejectUnauthorized: false,
      },
      (response) => {
        response.resume();
        response.on('end', () => (response.statusCode === 204 ? resolve() : reject(new Error(`publish ${name}: ${response.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
