// Sections (admins only): create, rename, reorder, describe; delete only when empty.
import { forbidden } from "next/navigation";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { listSectionsForAdmin } from "@/lib/data/admin";
import { canManageSections } from "@/lib/permissions";
import { ActionForm } from "@/components/newsroom/action-form";
import { createSectionAction, deleteSectionAction, updateSectionAction } from "../admin-actions";

export const metadata = { title: "Sections" };

export default async function SectionsPage() {
  const user = await requireNewsroomUser("/newsroom/sections");
  if (!canManageSections(user)) forbidden();
  const sections = await listSectionsForAdmin();
  return (
    <>
      <h1 className="text-2xl font-bold">Sections</h1>
      <section aria-labelledby="new-section" className="mt-4 max-w-xl rounded border border-neutral-300 p-4 dark:border-neutral-700">
        <h2 id="new-section" className="mb-2 font-semibold">
          New section
        </h2>
        <ActionForm
          action={createSectionAction} schema="section"
          label="New section"
          submit="Create section"
          fields={[
            { name: "name", label: "Name", required: true, maxLength: 60 },
            { name: "nameRu", label: "Name in Russian (empty: the English name)", maxLength: 60 },
            { name: "slug", label: "Slug (empty: from the name)", maxLength: 60 },
            { name: "description", label: "Description", type: "textarea", maxLength: 300 },
            { name: "position", label: "Position in the menu", type: "number", defaultValue: String(sections.length) },
          ]}
        />
      </section>
      <ul className="mt-6 space-y-4" data-testid="sections">
        {sections.map((s) => (
          <li key={s.id} className="rounded border border-neutral-200 p-3 dark:border-neutral-800">
            <p className="mb-2 text-sm">
              <span className="font-semibold">{s.name}</span>{s.nameRu ? <span lang="ru"> · {s.nameRu}</span> : null} · /{s.slug} · {s._count.articles} articles
            </p>
            <ActionForm
              inline
              action={updateSectionAction} schema="sectionUpdate"
              label={`Edit ${s.name}`}
              submit="Save"
              fields={[
                { name: "id", label: "id", type: "hidden", defaultValue: String(s.id) },
                { name: "name", label: "Name", defaultValue: s.name, maxLength: 60 },
                { name: "nameRu", label: "Name in Russian", defaultValue: s.nameRu ?? "", maxLength: 60 },
                { name: "slug", label: "Slug", defaultValue: s.slug, maxLength: 60 },
                { name: "description", label: "Description", defaultValue: s.description ?? "", maxLength: 300 },
                { name: "position", label: "Position", type: "number", defaultValue: String(s.position) },
              ]}
            />
            {s._count.articles === 0 ? (
              <div className="mt-2">
                <ActionForm inline danger action={deleteSectionAction} schema="userId" label={`Delete ${s.name}`} submit="Delete section" confirm={`Delete the section ${s.name}?`} fields={[{ name: "id", label: "id", type: "hidden", defaultValue: String(s.id) }]} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
