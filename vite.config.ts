import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { metaContentSecurityPolicy, securityHeaders } from './security-headers.ts';

/**
 * The build's index.html carries the Content-Security-Policy of
 * public/_headers in a <meta> tag, so the policy holds even where the host
 * sets no headers. Build only: the dev server's hot reload needs inline code.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'nines-csp-meta',
    apply: 'build',
    transformIndexHtml() {
      const policy = securityHeaders().get('Content-Security-Policy');
      if (!policy) throw new Error('public/_headers has no Content-Security-Policy');
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy(policy) }, injectTo: 'head-prepend' }];
    },
  };
}

// Deploy anywhere: every asset and the worker are found relative to the page
// (`base: './'`), so the same build works at /, /nines/ or /courses/ha/lab/
// with no rebuild. Source maps stay out of the build unless asked for
// (NINES_SOURCEMAP=1): a course site should not ship 3 MB of maps by accident.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: process.env.NINES_SOURCEMAP === '1',
    rolldownOptions: {
      // "The build spent significant time in plugins" measures the machine, not
      // the build: on two cores busy with tests it fires at random.
      checks: { bundlerTimings: false },
      output: {
        // Libraries in chunks of their own: the app's own chunk stays small,
        // and a new build of the app leaves the browser's cached React, D3 and
        // zod in place.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'd3', test: /node_modules[\\/](d3|d3-[a-z-]+|internmap|delaunator|robust-predicates)[\\/]/, priority: 2 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
