import type { Plugin } from 'vite';

/**
 * `web-ext lint` (addons-linter) warns UNSAFE_VAR_ASSIGNMENT twice, once per bundle that carries
 * Preact (the content script, and the chunk the extension pages share): Preact's diff assigns
 * `innerHTML` only to serve the `dangerouslySetInnerHTML` prop. Saring never uses that prop (imported
 * and typed text is always rendered as text), so the build turns those two assignments into
 * `textContent` ones: no change for any prop Saring uses, no HTML-parsing path left in the package,
 * and a clean lint for the store. The build fails if a Preact update changes that code's shape.
 */
export function preactTextOnly(): Plugin {
  return {
    name: 'saring:preact-text-only',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/.test(id.split('?')[0] ?? '')) return null;
      let replaced = 0;
      const out = code
        .replace(/(\w+)\.innerHTML=(\w+)\.__html\b/g, (_all, node: string, html: string) => {
          replaced += 1;
          return `${node}.textContent=${html}.__html`;
        })
        .replace(/(\w+)\.innerHTML=""/g, (_all, node: string) => {
          replaced += 1;
          return `${node}.textContent=""`;
        });
      if (replaced !== 2 || /\.innerHTML\s*=[^=]/.test(out)) {
        this.error(`preact-text-only: expected Preact's two innerHTML assignments in ${id}, found ${replaced}; check build/preact-text-only.ts against this Preact version`);
      }
      return { code: out, map: null };
    },
  };
}
