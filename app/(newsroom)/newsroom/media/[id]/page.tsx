// One image: its files, where it is used, and (for its uploader, editors and admins) its details
// form and delete button. Unknown or malformed ids are a 404.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { getMediaDetail } from "@/lib/data/media";
import { siteConfig } from "@/lib/site";
import { statusLabel } from "@/lib/workflow";
import { mediaIdSchema } from "@/lib/validations/media";
import { Timestamp } from "@/components/site/timestamp";
import { MediaEditForm } from "@/components/newsroom/media-edit-form";

export const metadata: Metadata = { title: "Image" };

type Props = { params: Promise<{ id: string }> };

export default async function MediaItemPage({ params }: Props) {
  const { id: raw } = await params;
  const user = await requireNewsroomUser(`/newsroom/media/${encodeURIComponent(raw)}`);
  const id = mediaIdSchema.safeParse(raw);
  if (!id.success) notFound();
  const media = await getMediaDetail(user, id.data);
  if (!media) notFound();
  const { timeZone } = siteConfig();

  return (
    <>
      <p className="text-sm">
        <Link href="/newsroom/media" className="underline">
          ← Media library
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Image details</h1>
      <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- the stored variants are the srcset */}
          <img src={media.src} srcSet={media.srcSet || undefined} sizes="(min-width: 1024px) 60vw, 100vw" alt={media.alt} width={media.width ?? undefined} height={media.height ?? undefined} className="h-auto max-h-[70vh] w-auto max-w-full rounded" data-testid="media-preview" />
          <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="font-semibold">File</dt>
            <dd>
              {media.mimeType}, {media.width}×{media.height}, {(media.sizeBytes / 1024).toFixed(0)} KB ·{" "}
              <a href={media.src} className="underline">
                open
              </a>
            </dd>
            <dt className="font-semibold">Sizes</dt>
            <dd>{media.srcSet ? media.srcSet.split(", ").map((s) => s.split(" ")[1]).join(", ") : "original only"}</dd>
            <dt className="font-semibold">Uploaded</dt>
            <dd>
              <Timestamp date={media.createdAt} timeZone={timeZone} /> by {media.uploadedBy ?? "demo content"}
            </dd>
          </dl>
          <section aria-labelledby="uses-heading">
            <h2 id="uses-heading" className="font-semibold">
              Where it is used
            </h2>
            {media.usedIn.length || media.avatarOf.length ? (
              <ul className="mt-1 list-disc pl-5 text-sm" data-testid="media-uses">
                {media.usedIn.map((u) => (
                  <li key={u.id}>
                    {u.deleted ? u.headline : <Link href={`/newsroom/articles/${u.id}`} className="underline">{u.headline}</Link>}{" "}
                    <span className="text-neutral-600 dark:text-neutral-400">
                      ({u.deleted ? "deleted" : statusLabel(u.status)}
                      {u.lead ? ", lead image" : ", in the body"})
                    </span>
                  </li>
                ))}
                {media.avatarOf.map((a) => (
                  <li key={`user-${a.id}`}>Author photo of {a.name}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm">Not used anywhere yet.</p>
            )}
          </section>
        </div>
        <section aria-labelledby="details-heading" className="h-fit rounded border border-neutral-300 p-3 dark:border-neutral-700">
          <h2 id="details-heading" className="mb-2 font-semibold">
            Details
          </h2>
          {media.canEdit ? null : (
            <p className="mb-2 text-sm text-neutral-600 dark:text-neutral-400" data-testid="media-readonly">
              Only the person who uploaded this image, an editor or an admin can change it.
            </p>
          )}
          {media.canEdit ? (
            <MediaEditForm id={media.id} initial={{ alt: media.alt, caption: media.caption ?? "", credit: media.credit ?? "", source: media.source ?? "" }} canDelete={media.canDelete} />
          ) : (
            <dl className="space-y-2 text-sm">
              <dt className="font-semibold">Alt text</dt>
              <dd>{media.alt}</dd>
              <dt className="font-semibold">Caption</dt>
              <dd>{media.caption ?? "—"}</dd>
              <dt className="font-semibold">Credit</dt>
              <dd>{media.credit ?? "—"}</dd>
              <dt className="font-semibold">Source</dt>
              <dd>{media.source ?? "—"}</dd>
            </dl>
          )}
        </section>
      </div>
    </>
  );
}
