// Builds the explorer and GraphiQL into dist/, which the API serves as static files (nothing from a CDN).
// Run by `dotnet build` of FactionGraph.Api when dist/ is missing or older than these sources, by the Dockerfile,
// and by hand: `npm ci && node build.mjs`.
import { build } from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';

const dist = new URL('./dist/', import.meta.url);
await rm(dist, { recursive: true, force: true });
await mkdir(new URL('graphiql/', dist), { recursive: true });

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  legalComments: 'linked',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/explorer/main.js'], outfile: 'dist/explorer.js' });
await build({ ...common, entryPoints: ['src/graphiql/main.jsx'], outfile: 'dist/graphiql/graphiql.js', jsx: 'automatic' });
await cp('src/explorer/index.html', new URL('index.html', dist));
await cp('src/explorer/explorer.css', new URL('explorer.css', dist));
await cp('src/graphiql/index.html', new URL('graphiql/index.html', dist));
