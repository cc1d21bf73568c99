/**
 * HTTPS fixture server on 127.0.0.1 with a self-signed certificate made at test time. Chromium maps
 * the three real host names to it, so the extension's real match patterns are exercised. Every path
 * of a host serves that host's fixture shell (the sites are single-page apps).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildDir } from './paths';

export const HOSTS = ['www.instagram.com', 'www.facebook.com', 'www.tiktok.com'] as const;

function certificate(): { key: Buffer; cert: Buffer } {
  const dir = join(buildDir, 'cert');
  mkdirSync(dir, { recursive: true });
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync('/usr/bin/openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', keyPath, '-out', certPath, '-subj', '/CN=saring-fixtures',
    '-addext', `subjectAltName=${HOSTS.map((host) => `DNS:${host}`).join(',')}`,
  ], { stdio: 'ignore' });
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

const css = `
body { font: 14px system-ui, sans-serif; margin: 0; }
nav { display: flex; gap: 12px; padding: 8px; }
.portal .backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.4); display: flex; align-items: center; justify-content: center; }
[role="dialog"] { background: #fff; min-width: 480px; max-width: 640px; padding: 12px; }
.chat[role="dialog"] { position: fixed; right: 8px; bottom: 8px; min-width: 260px; border: 1px solid #ccc; }
.caption { position: relative; }
.caption [contenteditable], .caption-editor { min-height: 60px; border: 1px solid #ddd; padding: 4px; white-space: pre-wrap; }
.placeholder { position: absolute; top: 5px; left: 5px; color: #999; pointer-events: none; }
[role="button"] { display: inline-block; cursor: pointer; padding: 4px 8px; }
[aria-disabled="true"] { opacity: .5; }
.DraftEditor-root { position: relative; }
/* TikTok Studio's form column, beside the video preview (the caption does not span the page). */
.caption-form { max-width: 640px; }
.public-DraftEditor-content, .public-DraftStyleDefault-block { white-space: pre-wrap; overflow-wrap: break-word; }
.public-DraftEditorPlaceholder-root { position: absolute; color: #999; pointer-events: none; }
.public-DraftEditorPlaceholder-hasFocus { color: #bbb; }
`;

function shell(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${css}</style></head><body>${body}</body></html>`;
}

/** Comment boxes under posts and direct messages (tests/fixtures/replies.tsx, issue 18). */
const REPLY_PAGES: Record<string, RegExp> = {
  'www.facebook.com': /^\/(?:pemkabcontoh\/posts\/|messages\/)/,
  'www.instagram.com': /^\/(?:p|direct)\//,
  'www.tiktok.com': /^\/(?:@[^/]+\/video\/|messages)/,
};

function page(host: string, url: URL): string {
  if (REPLY_PAGES[host]?.test(url.pathname)) return shell('Replies', '<div id="root"></div><script src="/__fixtures/replies.js"></script>');
  if (host === 'www.instagram.com') return shell('Instagram', '<div id="root"></div><script src="/__fixtures/instagram.js"></script>');
  if (host === 'www.facebook.com') return shell('Facebook', '<div id="root"></div><script src="/__fixtures/facebook.js"></script>');
  if (url.pathname === '/upload' || url.pathname === '/upload/') {
    // The older upload page hosts the uploader in an iframe; the content script must run in all frames.
    const src = `/creator${url.search}`;
    return shell('TikTok', `<h1>Upload</h1><iframe data-tt="Upload_index_iframe" src="${src}" style="width:100%;height:640px;border:0"></iframe>`);
  }
  return shell('TikTok Studio', '<div id="root"></div><script src="/__fixtures/tiktok.js"></script>');
}

/** A pack the suite publishes, as a Diskominfo would on its web host (set with PUT, see packs.ts). */
export interface PublishedPack {
  status: number;
  body: string;
  /** Answer only after this many milliseconds (a slow host). */
  delayMs?: number;
  /** Answer with a 302 to this URL instead. */
  location?: string;
}

const published = new Map<string, PublishedPack>();

function servePack(name: string, request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse): void {
  if (request.method === 'PUT') {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      published.set(name, JSON.parse(body) as PublishedPack);
      response.writeHead(204).end();
    });
    return;
  }
  const pack = published.get(name);
  if (!pack) {
    response.writeHead(404).end('no such pack');
    return;
  }
  setTimeout(() => {
    if (pack.location) response.writeHead(302, { location: pack.location }).end();
    // Like a static host that allows cross-origin reads (GitHub Pages, most CDNs).
    else response.writeHead(pack.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'access-control-allow-origin': '*' }).end(pack.body);
  }, pack.delayMs ?? 0);
}

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(certificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    if (!HOSTS.some((known) => known === host)) {
      response.writeHead(404).end('unknown host');
      return;
    }
    const packName = /^\/__packs\/([\w.-]+)$/.exec(url.pathname)?.[1];
    if (packName) {
      servePack(packName, request, response);
      return;
    }
    const asset = /^\/__fixtures\/(instagram|facebook|tiktok|replies)\.js$/.exec(url.pathname);
    if (asset) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(readFileSync(join(buildDir, 'fixtures', `${asset[1]}.js`)));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(page(host, url));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
