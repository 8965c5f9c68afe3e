import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const nextConfig: NextConfig = {
  // npm workspaces hoist dependencies to the repository root.
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
  poweredByHeader: false,
  // chinese-days: its package.json says CommonJS but its `module` entry is ESM, which Turbopack refuses; Node loads the CommonJS build.
  // @govsite/monitors reads its own package.json at run time (the user agent's version).
  serverExternalPackages: ['chinese-days', '@govsite/monitors'],
  // Type errors are caught by `turbo run typecheck`; skipping them here keeps `npm start` fast.
  typescript: { ignoreBuildErrors: true },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
