// A list page's body: an optional lead story, then cards, then pagination.
import type { ArticleCard as Card } from "@/lib/data/articles";
import { ArticleCard } from "@/components/site/article-card";
import { LeadStory } from "@/components/site/lead-story";
import { Pagination } from "@/components/site/pagination";
import { CardBookmark } from "@/components/site/card-bookmark";
import type { Edition } from "@/lib/i18n/editions";

export function StoryList({ items, page, pages, timeZone, href, edition = "en" }: { items: Card[]; page: number; pages: number; timeZone: string; href: (page: number) => string; edition?: Edition }) {
  const [lead, ...rest] = page === 1 ? items : [undefined, ...items];
  return (
    <>
      {lead ? <LeadStory article={lead} timeZone={timeZone} headingLevel={2} /> : null}
      <div data-testid="story-list">
        {rest.map((a) => (a ? <ArticleCard key={a.id} article={a} timeZone={timeZone} withImage action={<CardBookmark articleId={a.id} headline={a.headline} edition={edition} />} /> : null))}
      </div>
      <Pagination page={page} pages={pages} href={href} edition={edition} />
    </>
  );
}
