
-- Raw SQL that Prisma's schema language cannot express (see docs/DATABASE.md).
-- A follow names exactly one thing: a section, a tag or an author. The data layer only writes
-- such rows, and the database now refuses any other (no semicolons in these comments: the
-- migration runner splits statements on them).
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_exactly_one_target" CHECK (num_nonnulls("sectionId", "tagId", "authorId") = 1);
