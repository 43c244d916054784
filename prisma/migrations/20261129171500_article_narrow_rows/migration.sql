-- Raw SQL that Prisma's schema language cannot express (see docs/DATABASE.md).
-- Keep an Article row in the table itself to about 512 bytes (PostgreSQL's default is about 2 KB):
-- the body, its plain text and the search vector go out of line (TOAST), while the headline,
-- standfirst, slug and dates stay in the row. A search visits thousands of rows for their dates
-- and status, and narrow rows put three to four times as many of them in each page
-- (docs/PERFORMANCE.md, "Search, seventh pass"). Rows written before this migration keep their
-- old layout until they are next saved, or until VACUUM FULL rewrites the table (docs/DEPLOY.md).
ALTER TABLE "Article" SET (toast_tuple_target = 512);
