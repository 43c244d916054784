// Demo content: sections, authors, tags, images and articles, plus one account per role.
// Idempotent: it only creates what is missing, so running it again changes nothing.
import path from "node:path";
import sharp from "sharp";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/password";
import { docToPlainText } from "@/lib/rich-text";
import { slugify } from "@/lib/urls";
import { demoArticles, demoAuthors, demoRussianArticles, demoSections, type DemoArticle } from "./demo/content";
import { blocksToDoc } from "./demo/to-doc";
import { demoMediaInserts } from "./demo/media";

const PUBLIC_DIR = path.resolve(import.meta.dirname, "../public");
const HOUR = 3_600_000;

export const DEMO_ACCOUNTS = [
  { email: "admin@dateline.example", name: "Demo Admin", role: "ADMIN" },
  { email: "editor@dateline.example", name: "Demo Editor", role: "EDITOR" },
  { email: "writer@dateline.example", name: "Demo Writer", role: "WRITER" },
  { email: "reader@dateline.example", name: "Demo Reader", role: "READER" },
] as const;

export type SeedOptions = {
  /** Password for the demo accounts; without one, no account that can sign in is created. */
  demoPassword: string | null;
  now?: Date;
  log?: (line: string) => void;
};

export type SeedReport = { sections: number; authors: number; articles: number; created: number; accounts: number };

async function ensureImage(prisma: PrismaClient, file: string, alt: string, caption: string | null, credit: string | null) {
  const storageKey = `public/demo/${file}`;
  const existing = await prisma.media.findUnique({ where: { storageKey }, select: { id: true } });
  if (existing) return existing.id;
  const filePath = path.join(PUBLIC_DIR, "demo", file);
  const meta = await sharp(filePath).metadata();
  const created = await prisma.media.create({
    data: {
      storageKey,
      mimeType: "image/jpeg",
      sizeBytes: meta.size ?? 0,
      width: meta.width ?? null,
      height: meta.height ?? null,
      alt,
      caption,
      credit,
      source: "Dateline demo content",
    },
    select: { id: true },
  });
  return created.id;
}

// Front-page order: the breaking story first, then the sections taking turns, so every stretch of
// the latest-news stream mixes sections the way a real news day does.
export function editorialOrder(articles: readonly DemoArticle[]): DemoArticle[] {
  const queues = new Map<string, DemoArticle[]>();
  for (const a of articles) if (!a.breaking) queues.set(a.section, [...(queues.get(a.section) ?? []), a]);
  const out = articles.filter((a) => a.breaking);
  while ([...queues.values()].some((q) => q.length)) {
    for (const queue of queues.values()) {
      const next = queue.shift();
      if (next) out.push(next);
    }
  }
  return out;
}

// Demo stories spread over the last four weeks; the last few stay unpublished to show the workflow.
function plan(index: number, total: number, now: Date, language: string) {
  if (language === "ru") return planRussian(index, total, now);
  const fromEnd = total - 1 - index;
  if (fromEnd === 0) return { status: "SCHEDULED" as const, scheduledAt: new Date(now.getTime() + 36 * HOUR), publishedAt: null };
  if (fromEnd === 1) return { status: "IN_REVIEW" as const, scheduledAt: null, publishedAt: null };
  if (fromEnd <= 4) return { status: "DRAFT" as const, scheduledAt: null, publishedAt: null };
  const publishedAt = new Date(now.getTime() - (0.6 + index * 6.9) * HOUR);
  return { status: "PUBLISHED" as const, scheduledAt: null, publishedAt };
}

// The Russian edition's fewer stories spread over about the same weeks; the last one is a draft.
function planRussian(index: number, total: number, now: Date) {
  if (index === total - 1) return { status: "DRAFT" as const, scheduledAt: null, publishedAt: null };
  const publishedAt = new Date(now.getTime() - (0.9 + index * 26.3) * HOUR);
  return { status: "PUBLISHED" as const, scheduledAt: null, publishedAt };
}

export async function seedDemoContent(prisma: PrismaClient, options: SeedOptions): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);

  const sectionIds = new Map<string, number>();
  for (const s of demoSections) {
    const row = await prisma.section.upsert({
      where: { slug: s.slug },
      create: { slug: s.slug, name: s.name, nameRu: s.nameRu, description: s.description, position: s.position },
      update: {},
      select: { id: true },
    });
    // A database seeded before the Russian edition gets the Russian names, never overwriting an editor's.
    await prisma.section.updateMany({ where: { id: row.id, nameRu: null }, data: { nameRu: s.nameRu } });
    sectionIds.set(s.slug, row.id);
  }

  const authorIds = new Map<string, number>();
  for (const a of demoAuthors) {
    const avatarId = await ensureImage(prisma, a.avatar, `Portrait of ${a.name}`, null, null);
    const row = await prisma.user.upsert({
      where: { email: a.email.toLowerCase() },
      create: { email: a.email.toLowerCase(), name: a.name, slug: a.key, role: a.role, bio: a.bio, avatarId },
      update: {},
      select: { id: true },
    });
    authorIds.set(a.key, row.id);
  }

  let accounts = 0;
  if (options.demoPassword) {
    const passwordHash = await hashPassword(options.demoPassword);
    for (const account of DEMO_ACCOUNTS) {
      await prisma.user.upsert({
        where: { email: account.email },
        create: { ...account, slug: slugify(account.name), passwordHash, emailVerifiedAt: now },
        update: {},
      });
      accounts++;
    }
  } else {
    log("No demo password given: demo sign-in accounts were not created.");
  }

  const tagIds = new Map<string, number>();
  const tagId = async (name: string) => {
    // A transliterated Russian name can meet an English tag's slug («Транспорт» → "transport"):
    // the Russian tag then takes "{slug}-ru" rather than borrowing the English tag.
    let slug = slugify(name);
    const taken = await prisma.tag.findUnique({ where: { slug }, select: { name: true } });
    if (taken && taken.name !== name) slug = `${slug}-ru`;
    let id = tagIds.get(slug);
    if (id === undefined) {
      id = (await prisma.tag.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true } })).id;
      tagIds.set(slug, id);
    }
    return id;
  };

  let created = 0;
  // Each edition in its own front-page order and timeline.
  const queue = [
    ...editorialOrder(demoArticles).map((a, index, all) => ({ a, index, total: all.length, language: "en" })),
    ...editorialOrder(demoRussianArticles).map((a, index, all) => ({ a, index, total: all.length, language: "ru" })),
  ];
  for (const { a, index, total, language } of queue) {
    const slug = slugify(a.headline);
    const sectionId = sectionIds.get(a.section);
    if (sectionId === undefined) throw new Error(`demo article "${a.headline}" names unknown section ${a.section}`);
    if (await prisma.article.findFirst({ where: { slug, sectionId }, select: { id: true } })) continue;

    const body = blocksToDoc(a.blocks);
    for (const insert of demoMediaInserts.filter((m) => m.headline === a.headline)) body.content.splice(insert.afterBlock, 0, insert.node);
    const leadMediaId = await ensureImage(prisma, a.image, a.imageAlt, a.imageCaption, a.imageCredit);
    const when = plan(index, total, now, language);
    const authorUserIds = a.authors.map((key) => {
      const id = authorIds.get(key);
      if (id === undefined) throw new Error(`demo article "${a.headline}" names unknown author ${key}`);
      return id;
    });
    const tags = await Promise.all(a.tags.map(tagId));
    const stamp = when.publishedAt ?? new Date(now.getTime() - (index % 5) * HOUR);
    await prisma.article.create({
      data: {
        headline: a.headline,
        standfirst: a.standfirst,
        slug,
        language,
        body,
        bodyText: docToPlainText(body),
        status: when.status,
        sectionId,
        leadMediaId,
        breaking: Boolean(a.breaking) && when.status === "PUBLISHED",
        publishedAt: when.publishedAt,
        scheduledAt: when.scheduledAt,
        createdAt: stamp,
        updatedAt: stamp,
        createdById: authorUserIds[0] ?? null,
        lastEditedById: authorUserIds[0] ?? null,
        authors: { create: authorUserIds.map((userId, position) => ({ userId, position })) },
        tags: { create: [...new Set(tags)].map((id) => ({ tagId: id })) },
        slugHistory: { create: { slug } },
        revisions: {
          create: {
            version: 1,
            reason: "seed",
            published: when.status === "PUBLISHED",
            authorId: authorUserIds[0] ?? null,
            snapshot: { headline: a.headline, standfirst: a.standfirst, body },
          },
        },
        pageViews:
          when.status === "PUBLISHED"
            ? { create: [0, 1].map((d) => ({ day: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - d)), views: ((index * 37 + d * 11) % 97) + 3 })) }
            : undefined,
      },
    });
    created++;
  }

  await prisma.systemSetting.upsert({
    where: { key: "demoSeededAt" },
    create: { key: "demoSeededAt", value: now.toISOString() },
    update: {},
  });
  const articles = await prisma.article.count();
  log(`Demo content: ${demoSections.length} sections, ${demoAuthors.length} authors, ${created} new articles (${articles} in all), ${accounts} demo accounts.`);
  return { sections: demoSections.length, authors: demoAuthors.length, articles, created, accounts };
}
