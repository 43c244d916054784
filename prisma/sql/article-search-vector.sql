-- Raw SQL that Prisma's schema language cannot express (see docs/DATABASE.md).
-- Article.searchVector becomes a stored generated column: headline (weight A), standfirst (B) and
-- body text (C), with the text search configuration chosen by the article's language.
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE "language" WHEN 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, coalesce("headline", '')), 'A')
    || setweight(to_tsvector(CASE "language" WHEN 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, coalesce("standfirst", '')), 'B')
    || setweight(to_tsvector(CASE "language" WHEN 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, coalesce("bodyText", '')), 'C')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
