// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Every page becomes dir/index.html, which any static host serves without rewrites.
  trailingSlash: true,
  // An export has no image server.
  images: { unoptimized: true },
  // A constant build id keeps two builds of the same commit byte-identical.
  generateBuildId: async () => 'faultline',
  poweredByHeader: false,
  // With output: 'export' a custom distDir names where the site is written (default out/):
  // the reproducibility test exports twice into scratch folders and compares them.
  ...(process.env.FAULTLINE_OUT_DIR ? { distDir: process.env.FAULTLINE_OUT_DIR } : {}),
};

module.exports = nextConfig;
