// "Ready for review": when a story is submitted, every active editor and admin (but the person
// who submitted it) gets a mail with a link to it in the newsroom. Sent after the response
// (next/server `after`), so a slow mail server never delays the writer; a failure is logged.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail";

/** One line for a mail header: no line breaks or control characters, at most 150 characters. */
function headerText(text: string): string {
  const flat = text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  return flat.length > 150 ? `${flat.slice(0, 149)}…` : flat;
}

/** Mails the reviewers of article `articleId`; returns how many messages went out. */
export async function notifyReviewers(articleId: number, submitterId: number): Promise<number> {
  const article = await db().article.findUnique({ where: { id: articleId }, select: { headline: true, status: true, deletedAt: true } });
  if (!article || article.deletedAt || article.status !== "IN_REVIEW") return 0;
  const [submitter, reviewers] = await Promise.all([
    db().user.findUnique({ where: { id: submitterId }, select: { name: true } }),
    db().user.findMany({ where: { role: { in: ["EDITOR", "ADMIN"] }, disabledAt: null, id: { not: submitterId } }, select: { email: true }, orderBy: { id: "asc" } }),
  ]);
  const headline = headerText(article.headline);
  const link = new URL(`/newsroom/articles/${articleId}`, env().SITE_URL).toString();
  let sent = 0;
  for (const r of reviewers) {
    const ok = await sendMail({
      to: r.email,
      subject: `Ready for review: ${headline}`,
      text: `${submitter?.name ?? "A writer"} submitted “${headline}” for review.\n\nOpen it in the newsroom: ${link}\n`,
      link,
    });
    if (ok) sent++;
  }
  return sent;
}
