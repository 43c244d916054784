// Edit an article. Writers reach only their own (403 otherwise); a missing id is a 404.
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { getArticleForEditor, getEditorOptions } from "@/lib/data/newsroom";
import { canEditArticle } from "@/lib/permissions";
import { siteConfig } from "@/lib/site";
import { articlePath } from "@/lib/urls";
import { ArticleEditor } from "@/components/newsroom/article-editor";

export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const { id: raw } = await params;
  const user = await requireNewsroomUser(`/newsroom/articles/${encodeURIComponent(raw)}`);
  const id = /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) notFound();
  const article = await getArticleForEditor(id);
  if (!article) notFound();
  if (!canEditArticle(user, { createdById: article.createdById, authorIds: article.authorIds })) forbidden();
  const options = await getEditorOptions();
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Edit article</h1>
      <ArticleEditor
        key={article.saved.id}
        actor={{ id: user.id, role: user.role }}
        initial={article.fields}
        saved={article.saved}
        createdById={article.createdById}
        sections={options.sections}
        staff={options.staff}
        tagNames={options.tagNames}
        library={options.library}
        timeZone={siteConfig().timeZone}
        publicPath={articlePath({ id: article.saved.id, slug: article.saved.slug, language: article.saved.language })}
      />
    </>
  );
}
