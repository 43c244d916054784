// The upload pipeline: check what the bytes are (magic bytes, then sharp's reading of the
// header), refuse oversized files and decompression bombs before decoding, then re-encode the
// original (orientation applied, EXIF/GPS/XMP dropped) and make WebP variants at fixed widths.
import "server-only";
import sharp, { type Metadata, type Sharp } from "sharp";
import { sniffImageFormat, type ImageFormat } from "@/lib/media/sniff";

export const VARIANT_WIDTHS = [320, 640, 1024, 1600, 2400] as const;

export type Encoded = { data: Buffer; width: number; height: number; ext: string; mimeType: string };
export type Processed = { original: Encoded; variants: Encoded[]; animated: boolean };
export type Limits = { maxBytes: number; maxPixels: number };

/** An upload we refuse, with a message for the person uploading. */
export class MediaInputError extends Error {}

const OUTPUT: Record<ImageFormat, { ext: string; mimeType: string }> = {
  jpeg: { ext: "jpg", mimeType: "image/jpeg" },
  png: { ext: "png", mimeType: "image/png" },
  gif: { ext: "gif", mimeType: "image/gif" },
  webp: { ext: "webp", mimeType: "image/webp" },
  avif: { ext: "avif", mimeType: "image/avif" },
};

// libvips names AVIF "heif" (with AV1 compression); the rest match.
const SHARP_FORMAT: Record<ImageFormat, string> = { jpeg: "jpeg", png: "png", gif: "gif", webp: "webp", avif: "heif" };

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function encode(pipeline: Sharp, format: ImageFormat): Sharp {
  switch (format) {
    case "jpeg":
      return pipeline.jpeg({ quality: 85, mozjpeg: true });
    case "png":
      return pipeline.png({ compressionLevel: 9 });
    case "gif":
      return pipeline.gif();
    case "webp":
      return pipeline.webp({ quality: 82 });
    case "avif":
      return pipeline.avif({ quality: 60, effort: 4 });
  }
}

async function toEncoded(pipeline: Sharp, ext: string, mimeType: string, frames: number): Promise<Encoded> {
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  // Animated output reports the height of all frames stacked; one frame is what a reader sees.
  return { data, width: info.width, height: Math.round(info.height / frames), ext, mimeType };
}

/** Checks and re-encodes one upload; throws MediaInputError for anything we do not accept. */
export async function processImage(input: Buffer, limits: Limits): Promise<Processed> {
  if (input.length === 0) throw new MediaInputError("The file is empty.");
  if (input.length > limits.maxBytes) throw new MediaInputError(`The file is ${megabytes(input.length)}; the limit is ${megabytes(limits.maxBytes)}.`);
  const format = sniffImageFormat(input);
  if (!format) throw new MediaInputError("This is not a JPEG, PNG, WebP, AVIF or GIF image (the file's content was checked, not its name).");

  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaInputError("The image could not be read; the file may be damaged.");
  }
  if (meta.format !== SHARP_FORMAT[format] || (format === "avif" && meta.compression !== "av1")) {
    throw new MediaInputError("The file's content does not match its image format; it may be damaged or disguised.");
  }
  const width = meta.width ?? 0;
  const pageHeight = meta.pageHeight ?? meta.height ?? 0;
  const frames = Math.max(1, meta.pages ?? 1);
  if (!width || !pageHeight) throw new MediaInputError("The image has no size; the file may be damaged.");
  // Decided from the header alone, before anything is decoded: a tiny file may declare a huge
  // picture (a decompression bomb).
  if (width * pageHeight * frames > limits.maxPixels) {
    throw new MediaInputError(`The image is ${width}×${pageHeight}${frames > 1 ? ` with ${frames} frames` : ""}; the limit is ${Math.round(limits.maxPixels / 1e6)} megapixels in all.`);
  }
  const animated = frames > 1 && (format === "gif" || format === "webp");
  // limitInputPixels again as a second guard, counted over every frame that will be decoded.
  const open = () => sharp(input, { limitInputPixels: limits.maxPixels, animated, failOn: "error" });

  try {
    // Output never carries the input's metadata unless asked; rotate() applies the EXIF orientation first.
    const base = animated ? open() : open().rotate();
    const out = OUTPUT[format];
    const original = await toEncoded(encode(base, format), out.ext, out.mimeType, animated ? frames : 1);
    const variants: Encoded[] = [];
    for (const w of VARIANT_WIDTHS) {
      if (w >= original.width) break;
      const resized = (animated ? open() : open().rotate()).resize({ width: w, withoutEnlargement: true });
      variants.push(await toEncoded(resized.webp({ quality: 80 }), "webp", "image/webp", animated ? frames : 1));
    }
    return { original, variants, animated };
  } catch (error) {
    if (error instanceof MediaInputError) throw error;
    const message = error instanceof Error ? error.message : "";
    if (/pixel limit/i.test(message)) throw new MediaInputError(`The image is larger than ${Math.round(limits.maxPixels / 1e6)} megapixels.`);
    throw new MediaInputError("The image could not be decoded; the file may be damaged or truncated.");
  }
}
