// A new article: the editor with empty fields; the first save creates the draft.
import type { Metadata } from "next";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { getEditorOptions } from "@/lib/data/newsroom";
import { siteConfig } from "@/lib/site";
import { EMPTY_DOC } from "@/lib/rich-text";
import { ArticleEditor } from "@/components/newsroom/article-editor";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requireNewsroomUser("/newsroom/articles/new");
  const options = await getEditorOptions();
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">New article</h1>
      <ArticleEditor
        actor={{ id: user.id, role: user.role }}
        initial={{ headline: "", standfirst: "", slug: "", language: "en", sectionId: options.sections[0]?.id ?? 0, tags: [], authorIds: [user.id], leadMediaId: null, seoTitle: "", seoDescription: "", breaking: false, body: EMPTY_DOC }}
        saved={null}
        createdById={user.id}
        sections={options.sections}
        staff={options.staff}
        tagNames={options.tagNames}
        library={options.library}
        timeZone={siteConfig().timeZone}
        publicPath={null}
      />
    </>
  );
}
