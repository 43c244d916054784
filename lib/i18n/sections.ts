// A section's name in an edition: sections are shared, with an optional Russian name.
import type { Edition } from "@/lib/i18n/editions";

export function sectionName(section: { name: string; nameRu?: string | null }, edition: Edition): string {
  return edition === "ru" && section.nameRu ? section.nameRu : section.name;
}
