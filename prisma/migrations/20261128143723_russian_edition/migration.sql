-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "nameRu" TEXT;

-- CreateIndex
CREATE INDEX "Article_language_status_publishedAt_idx" ON "Article"("language", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Article_language_sectionId_status_publishedAt_idx" ON "Article"("language", "sectionId", "status", "publishedAt" DESC);
