
-- Raw SQL that Prisma's schema language cannot express (see docs/DATABASE.md).
-- Article.searchVector again, now folding Cyrillic capitals to lower case before the text search
-- parser sees them. The parser lower-cases with the database's LC_CTYPE, and under the C locale
-- (the embedded cluster, and many servers) it folds ASCII only: «Выборы» at the start of a
-- headline would never match «выборы». translate() is immutable and locale-independent, so the
-- generated column folds the same way on every server. Queries fold the same letters
-- (lib/data/search.ts).
DROP INDEX IF EXISTS "Article_searchVector_idx";
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE "language" WHEN 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, translate(coalesce("headline", ''), 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя')), 'A')
    || setweight(to_tsvector(CASE "language" WHEN 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, translate(coalesce("standfirst", ''), 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя')), 'B')
    || setweight(to_tsvector(CASE "language" WHEN 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, translate(coalesce("bodyText", ''), 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя')), 'C')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
