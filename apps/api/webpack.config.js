const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// LEIDRAAD_BUILD_DIR builds a second copy elsewhere (e.g. for an end-to-end run beside dist/).
const buildDir = process.env.LEIDRAAD_BUILD_DIR ?? join(__dirname, '../../dist');

module.exports = {
  output: {
    path: join(buildDir, 'apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [
        { entryName: 'cli', entryPath: 'apps/api/src/cli.ts' },
        // The identifier detector's worker thread (libs/api/pseudonymisation, scan-pool.ts), beside main.js.
        { entryName: 'scan-worker', entryPath: 'libs/api/pseudonymisation/src/lib/scan.worker.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
  ],
};
