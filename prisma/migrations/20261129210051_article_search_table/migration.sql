-- DropIndex
DROP INDEX "Article_searchVector_idx";

-- CreateTable
CREATE TABLE "ArticleSearch" (
    "id" INTEGER NOT NULL,
    "status" "ArticleStatus" NOT NULL,
    "language" TEXT NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "searchVector" tsvector NOT NULL,

    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleSearch_language_status_publishedAt_idx" ON "ArticleSearch"("language", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "ArticleSearch_language_sectionId_status_publishedAt_idx" ON "ArticleSearch"("language", "sectionId", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "ArticleSearch_searchVector_idx" ON "ArticleSearch" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "ArticleSearch" ADD CONSTRAINT "ArticleSearch_id_fkey" FOREIGN KEY ("id") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Raw SQL that Prisma's schema language cannot express (see docs/DATABASE.md).
-- ArticleSearch holds what a search reads of each story: the columns of its filters, its date and
-- its search vector, with the GIN index. Triggers on Article write it in the same statement as the
-- story, so it is never out of step, and nothing else writes it.
-- Its rows keep the vector out of line (toast_tuple_target = 128, the least allowed). PostgreSQL
-- only moves values out of a row over about 2 KB, or one holding a value already out of line: the
-- trigger copies Article.searchVector as Article stored it, out of line whenever the story's row
-- is long, so the copy goes out of line too. A vector computed here would stay in the row.
ALTER TABLE "ArticleSearch" SET (toast_tuple_target = 128);
DROP INDEX IF EXISTS "Article_searchVector_idx";
-- The trigger function's body is an escaped string: the migration runner splits a script on every
-- semicolon, so the body spells each of its own as \073.
CREATE FUNCTION article_search_sync() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "ArticleSearch" ("id", "status", "language", "sectionId", "publishedAt", "deletedAt", "searchVector")
  VALUES (NEW."id", NEW."status", NEW."language", NEW."sectionId", NEW."publishedAt", NEW."deletedAt", coalesce(NEW."searchVector", \'\'::tsvector))
  ON CONFLICT ("id") DO UPDATE SET "status" = EXCLUDED."status", "language" = EXCLUDED."language",
    "sectionId" = EXCLUDED."sectionId", "publishedAt" = EXCLUDED."publishedAt", "deletedAt" = EXCLUDED."deletedAt",
    "searchVector" = EXCLUDED."searchVector"\073
  RETURN NULL\073
END';
CREATE TRIGGER article_search_insert AFTER INSERT ON "Article" FOR EACH ROW EXECUTE FUNCTION article_search_sync();
-- An update that changes none of these (an autosave of the same text, a new version number) writes nothing.
CREATE TRIGGER article_search_update AFTER UPDATE ON "Article" FOR EACH ROW
  WHEN (OLD."headline" IS DISTINCT FROM NEW."headline" OR OLD."standfirst" IS DISTINCT FROM NEW."standfirst"
    OR OLD."bodyText" IS DISTINCT FROM NEW."bodyText" OR OLD."language" IS DISTINCT FROM NEW."language"
    OR OLD."status" IS DISTINCT FROM NEW."status" OR OLD."sectionId" IS DISTINCT FROM NEW."sectionId"
    OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt" OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt")
  EXECUTE FUNCTION article_search_sync();
-- The stories already written. The engine does not run a migration in one transaction, so stories
-- may be written meanwhile: the triggers above already copy them, and the fill skips those.
INSERT INTO "ArticleSearch" ("id", "status", "language", "sectionId", "publishedAt", "deletedAt", "searchVector")
SELECT "id", "status", "language", "sectionId", "publishedAt", "deletedAt", coalesce("searchVector", ''::tsvector) FROM "Article"
ON CONFLICT ("id") DO NOTHING;
