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

export const HOSTS = ['www.instagram.com', 'www.facebook.com', 'www.tiktok.com', 'business.facebook.com'] as const;

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
/* Meta Business Suite: the composer column, the preview beside it, the buttons along the bottom. */
.bs-composer { display: flex; gap: 24px; padding: 16px; }
.bs-column { width: 560px; }
.bs-preview { width: 280px; border: 1px solid #ddd; padding: 8px; }
.bs-footer { position: fixed; left: 0; right: 0; bottom: 0; display: flex; justify-content: flex-end; gap: 8px; padding: 8px 16px; background: #f5f5f5; }
.placement[aria-checked="true"]::before { content: "☑ "; }
.placement[aria-checked="false"]::before { content: "☐ "; }
.placement { display: block; cursor: pointer; padding: 4px 0; }
`;

/**
 * The real dialogs' sizes and looks (2026), so placement is tested where it is hard: Instagram's
 * caption step is a media square filling the height plus a 340 px caption column, Facebook's
 * "Create post" dialog is 500 px wide, TikTok Studio's upload form spans the page beside its nav.
 */
const realSizes = `
body { background: #fafafa; color: #262626; }
nav { border-bottom: 1px solid #dbdbdb; background: #fff; }
main { padding: 16px; }
article { background: #fff; border: 1px solid #dbdbdb; border-radius: 8px; padding: 12px; max-width: 470px; margin: 12px auto; }
.portal .backdrop { background: rgba(0,0,0,.65); }
.portal .backdrop > [role="button"]:first-child { position: absolute; top: 12px; right: 16px; color: #fff; font-size: 20px; }
[role="dialog"][data-step] { min-width: 0; max-width: none; padding: 0; border-radius: 12px; overflow: hidden; display: flex; flex-direction: column; height: calc(100vh - 40px); }
[data-step] .dialog-header { height: 43px; flex: none; display: flex; align-items: center; justify-content: space-between; padding: 0 8px; border-bottom: 1px solid #dbdbdb; box-sizing: border-box; }
[data-step] .dialog-header h1 { font-size: 16px; margin: 0; }
[data-step] .dialog-header [role="button"] { color: #0095f6; font-weight: 600; }
[data-step] .dialog-body { display: flex; flex: 1; min-height: 0; }
[data-step] .preview { height: calc(100vh - 83px); aspect-ratio: 1 / 1; flex: none; display: flex; align-items: center; justify-content: center; background: linear-gradient(135deg, #3d5a80, #98c1d9); color: #fff; font-size: 28px; }
[data-step="details"] .details { width: 340px; flex: none; padding: 12px 16px; box-sizing: border-box; border-left: 1px solid #dbdbdb; }
[data-step="details"] .caption-editor { min-height: 168px; border: 0; }
.account { display: flex; gap: 8px; align-items: center; font-weight: 600; margin-bottom: 8px; }
[role="dialog"][aria-labelledby="composer-title"] { width: 500px; min-width: 0; max-width: none; box-sizing: border-box; border-radius: 8px; padding: 0 16px 16px; box-shadow: 0 12px 28px rgba(0,0,0,.2); }
[aria-labelledby="composer-title"] .dialog-header { display: flex; justify-content: center; align-items: center; position: relative; border-bottom: 1px solid #ced0d4; margin: 0 -16px 12px; height: 60px; }
[aria-labelledby="composer-title"] .dialog-header [role="button"] { position: absolute; right: 12px; }
[aria-labelledby="composer-title"] .composer-editor { min-height: 120px; border: 0; font-size: 20px; }
[aria-labelledby="composer-title"] > [role="button"][aria-label] { display: block; text-align: center; background: #0866ff; color: #fff; border-radius: 6px; margin-top: 12px; padding: 8px; font-weight: 600; }
.create { background: #fff; border-radius: 8px; padding: 12px; max-width: 500px; margin: 12px auto; }
.create .trigger { display: block; background: #f0f2f5; border-radius: 20px; padding: 8px 12px; color: #65676b; }
.studio > header { display: flex; justify-content: space-between; align-items: center; height: 56px; padding: 0 24px; background: #fff; border-bottom: 1px solid #e3e3e4; }
.studio > header nav { border: 0; }
.studio > main { margin-left: 220px; padding: 24px 400px 24px 32px; min-height: calc(100vh - 57px); box-sizing: border-box; background: #f8f8f8; }
.studio > main::after { content: "▶"; position: fixed; right: 40px; top: 81px; width: 320px; height: min(580px, calc(100vh - 120px)); border-radius: 18px; background: #161823; color: #fff; display: flex; align-items: center; justify-content: center; font-size: 40px; }
.studio > main::before { content: ""; position: fixed; left: 0; top: 57px; bottom: 0; width: 220px; background: #fff; border-right: 1px solid #e3e3e4; }
.caption-form { max-width: none; background: #fff; border-radius: 8px; padding: 16px 24px; }
.caption-form .caption-editor { border: 1px solid #e3e3e4; border-radius: 6px; padding: 8px; min-height: 110px; }
.caption-form .buttons { display: flex; gap: 12px; margin-top: 16px; }
.caption-form .buttons button { padding: 8px 28px; border-radius: 4px; border: 1px solid #e3e3e4; background: #fff; }
.caption-form .buttons [data-e2e="post_video_button"] { background: #fe2c55; color: #fff; border-color: #fe2c55; font-weight: 600; }
`;

/**
 * Looks only (colours, borders, fonts; no size of anything the suite measures): so the demo pages
 * `npm start` opens read as the sites, not as test fixtures. Structure and selectors are untouched.
 */
const siteLooks = `
nav a { color: #262626; text-decoration: none; font-weight: 600; }
img[src="data:,"] { width: 28px; height: 28px; border-radius: 50%; background: linear-gradient(135deg, #feda75, #d62976 60%, #4f5bd5); color: transparent; font-size: 0; overflow: hidden; display: inline-block; vertical-align: middle; }
.portal [role="dialog"][aria-modal="true"] { border-radius: 8px; box-shadow: 0 12px 28px rgba(0,0,0,.2); }
.portal [role="dialog"][aria-modal="true"] > .dialog-header { display: flex; justify-content: space-between; align-items: center; border-bottom: 1px solid #ced0d4; margin: -12px -12px 12px; padding: 0 12px; }
.portal [role="dialog"][aria-modal="true"] > .dialog-header h2 { font-size: 20px; margin: 14px auto; }
.portal [role="dialog"][aria-modal="true"] > .dialog-header [role="button"] { background: #e4e6eb; border-radius: 50%; color: #606770; }
.portal [role="dialog"][aria-modal="true"] > .account { font-weight: 600; color: #050505; }
.portal [role="dialog"][aria-modal="true"] > .account span + span { font-weight: 400; color: #65676b; background: #e4e6eb; border-radius: 6px; padding: 0 6px; font-size: 12px; }
.portal [role="dialog"][aria-modal="true"] .caption [contenteditable] { border-color: transparent; font-size: 18px; }
.portal [role="dialog"][aria-modal="true"] > [role="button"][aria-label] { display: block; text-align: center; background: #0866ff; color: #fff; border-radius: 6px; margin-top: 12px; font-weight: 600; }
.portal [role="dialog"][aria-modal="true"] > [role="button"][aria-disabled="true"] { background: #e4e6eb; color: #bcc0c4; opacity: 1; }
h1 { color: #050505; }
.caption-form .counter, .caption-form .status { color: #8a8b91; font-size: 12px; text-align: right; }
.caption-form .status { text-align: left; color: #16a34a; }
.mention-list-popover { border: 1px solid #e3e3e4; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.12); background: #fff; }
.mention-list-popover [role="option"] { display: flex; justify-content: space-between; padding: 4px 12px; }
.mention-list-popover [aria-selected="true"] { background: #f1f1f2; }
.hash-tag-view-count { color: #8a8b91; }
`;

function shell(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${css}${realSizes}${siteLooks}</style></head><body>${body}</body></html>`;
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
  if (host === 'business.facebook.com') return shell('Meta Business Suite', '<div id="root"></div><script src="/__fixtures/business.js"></script>');
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
    const asset = /^\/__fixtures\/(instagram|facebook|tiktok|business|replies)\.js$/.exec(url.pathname);
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
