// The Content-Security-Policy of the built site: scripts and styles from the site itself only, no inline
// script at all, and the one inline style (the frame painted before the app's code arrives) by its hash.
// Added to every built page as a meta tag; servers that can send headers should send the same policy
// plus frame-ancestors (docs/security.md).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy for a page whose inline <style> blocks have the given contents. */
export function contentSecurityPolicy(inlineStyles: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${inlineStyles.map(sha256).join(' ')}`.trim(),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the meta tag to index.html at build (the dev server injects inline scripts of its own). */
export function cspPlugin(): Plugin {
  return {
    name: 'docbao-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html))
          throw new Error(
            'index.html has an inline script: the Content-Security-Policy forbids it',
          );
        const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(styles)}" />`;
        return html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${meta}`);
      },
    },
  };
}
