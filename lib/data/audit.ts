// The audit log (admins): who did what to which article, user, section or tag, and when.
import "server-only";
import { db } from "@/lib/db";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const day = z.preprocess(one, z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(v))).nullable().catch(null)).default(null);

export const auditFiltersSchema = z.object({
  action: z.preprocess(one, z.string().regex(/^[a-z]+\.[a-z]+$/).max(40).nullable().catch(null)).default(null),
  entity: z.preprocess(one, z.enum(["article", "user", "section", "tag", "media"]).nullable().catch(null)).default(null),
  actor: z.preprocess(one, z.coerce.number().int().positive().max(2_147_483_647).nullable().catch(null)).default(null),
  id: z.preprocess(one, z.string().regex(/^[0-9]{1,10}$/).nullable().catch(null)).default(null),
  from: day,
  to: day,
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(filters: AuditFilters, page: number) {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = new Date(`${filters.from}T00:00:00Z`);
  if (filters.to) createdAt.lt = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000);
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entity ? { entityType: filters.entity } : {}),
    ...(filters.id ? { entityId: filters.id } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
  const [total, events, actions, actors] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, entityType: true, entityId: true, details: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db().auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db().user.findMany({ where: { role: { in: ["ADMIN", "EDITOR", "WRITER"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { total, events, actions: actions.map((a) => a.action), actors };
}
