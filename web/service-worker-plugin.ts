import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';

/**
 * Builds src/offline/service-worker.ts into dist/sw.js after the app, with the list of every
 * built and public file to keep for offline use, and a build id that names its cache.
 */
export function serviceWorkerPlugin(options: { entry: string }): Plugin {
  let outDir = '';
  let publicDir = '';
  return {
    name: 'support-hub-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    async writeBundle(_, bundle) {
      const built = Object.keys(bundle).filter((file) => !file.endsWith('.map'));
      const publicFiles = publicDir ? readdirSync(publicDir, { recursive: true, withFileTypes: true }) : [];
      const published = publicFiles
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(publicDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
      const precache = [...new Set([...built, ...published])].sort().map((file) => `/${file}`);
      const buildId = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 12);
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        define: { __PRECACHE__: JSON.stringify(precache), __BUILD_ID__: JSON.stringify(buildId) },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          lib: { entry: options.entry, formats: ['iife'], name: 'supportHubServiceWorker', fileName: () => 'sw.js' },
        },
      });
    },
  };
}
