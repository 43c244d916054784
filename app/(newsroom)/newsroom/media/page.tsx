// The media library: upload, then browse newest first and search by alt text, caption and credit.
import Link from "next/link";
import { FindForm } from "@/components/newsroom/find-form";
import { notFound } from "next/navigation";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { listMedia, mediaLimits } from "@/lib/data/media";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";
import { mediaFiltersSchema } from "@/lib/validations/media";
import { Pagination, pageHref } from "@/components/site/pagination";
import { Timestamp } from "@/components/site/timestamp";
import { MediaLibraryUpload } from "@/components/newsroom/media-upload";

export const metadata = { title: "Media library" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  const user = await requireNewsroomUser("/newsroom/media");
  const raw = await searchParams;
  const page = parsePage(raw.page);
  if (page === null) notFound();
  const { q } = mediaFiltersSchema.parse(raw);
  const list = await listMedia(user, q, page);
  const { timeZone } = siteConfig();

  return (
    <>
      <h1 className="text-2xl font-bold">Media library</h1>
      <div className="mt-4 grid gap-6 lg:grid-cols-[22rem_1fr]">
        <section aria-labelledby="upload-heading" className="h-fit rounded border border-neutral-300 p-3 dark:border-neutral-700">
          <h2 id="upload-heading" className="mb-2 font-semibold">
            Upload an image
          </h2>
          <MediaLibraryUpload maxBytes={mediaLimits().maxBytes} />
        </section>
        <section aria-labelledby="browse-heading">
          <h2 id="browse-heading" className="sr-only">
            Images
          </h2>
          <FindForm label="Search alt text, caption and credit" value={q} maxLength={200} clearHref="/newsroom/media" filtered={Boolean(q)} submit="Search" />
          <p className="mt-3 text-sm text-neutral-600 dark:text-neutral-400" role="status">
            {list.total} {list.total === 1 ? "image" : "images"}
            {q ? ` matching “${q}”` : ""}
          </p>
          {list.items.length ? (
            <ul className="mt-2 grid grid-cols-2 gap-4 sm:grid-cols-3 xl:grid-cols-4" data-testid="media-list">
              {list.items.map((m) => (
                <li key={m.id} className="overflow-hidden rounded border border-neutral-200 text-sm dark:border-neutral-800">
                  <Link href={`/newsroom/media/${m.id}`} className="block hover:opacity-90">
                    {/* eslint-disable-next-line @next/next/no-img-element -- the stored variants are the srcset; no optimizer round trip for a thumbnail */}
                    <img src={m.thumb} srcSet={m.srcSet || undefined} sizes="(min-width: 1280px) 14rem, (min-width: 640px) 30vw, 45vw" alt={m.alt} width={m.width ?? undefined} height={m.height ?? undefined} loading="lazy" className="aspect-[4/3] w-full bg-neutral-100 object-cover dark:bg-neutral-800" />
                  </Link>
                  <div className="space-y-1 p-2">
                    <p className="line-clamp-2 font-semibold">
                      <Link href={`/newsroom/media/${m.id}`} className="hover:underline">
                        {m.alt || "(no alt text)"}
                      </Link>
                    </p>
                    {m.caption ? <p className="line-clamp-2 text-neutral-700 dark:text-neutral-300">{m.caption}</p> : null}
                    {m.credit ? <p className="text-xs text-neutral-600 dark:text-neutral-400">{m.credit}</p> : null}
                    <p className="text-xs text-neutral-600 dark:text-neutral-400">
                      {m.width}×{m.height} · {m.uploadedBy ?? "demo content"} · <Timestamp date={m.createdAt} timeZone={timeZone} />
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-6">{q ? "No images match this search." : "The library is empty; upload the first image."}</p>
          )}
          <Pagination page={list.page} pages={list.pages} href={(p) => pageHref("/newsroom/media", p, { q: q || undefined })} />
        </section>
      </div>
    </>
  );
}
