// Users (admins only): find accounts by name or email and role, create accounts, change roles,
// disable and re-enable, set a new password. Paged: readers who sign up can number millions.
import { forbidden, notFound } from "next/navigation";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { listUsers } from "@/lib/data/admin";
import { canManageUsers } from "@/lib/permissions";
import { ROLES } from "@/lib/validations/admin";
import { parsePage } from "@/lib/pagination";
import { ActionForm } from "@/components/newsroom/action-form";
import { FindForm } from "@/components/newsroom/find-form";
import { FilterSelect } from "@/components/newsroom/filter-fields";
import { Pagination, pageHref } from "@/components/site/pagination";
import { changeRoleAction, createUserAction, disableUserAction, enableUserAction, resetPasswordAction } from "../admin-actions";

export const metadata = { title: "Users" };

const roleOptions = ROLES.map((r) => ({ value: r, label: r.charAt(0) + r.slice(1).toLowerCase() }));
const PAGE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const user = await requireNewsroomUser("/newsroom/users");
  if (!canManageUsers(user)) forbidden();
  const raw = await searchParams;
  const page = parsePage(raw.page);
  if (page === null) notFound();
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 120) : "";
  // An unknown role in the address is no filter rather than an error page.
  const role = ROLES.find((r) => r === raw.role);
  const { total, users } = await listUsers({ q, role, page, pageSize: PAGE });
  const pages = Math.max(1, Math.ceil(total / PAGE));
  return (
    <>
      <h1 className="text-2xl font-bold">Users</h1>
      <section aria-labelledby="new-user" className="mt-4 max-w-xl rounded border border-neutral-300 p-4 dark:border-neutral-700">
        <h2 id="new-user" className="mb-2 font-semibold">
          New account
        </h2>
        <ActionForm
          action={createUserAction} schema="createUser"
          label="New account"
          submit="Create account"
          fields={[
            { name: "email", label: "Email", type: "email", required: true, maxLength: 254, autoComplete: "off" },
            { name: "name", label: "Name", required: true, maxLength: 120 },
            { name: "role", label: "Role", type: "select", options: roleOptions, defaultValue: "WRITER" },
            { name: "password", label: "Password (at least 12 characters)", type: "password", required: true, autoComplete: "new-password" },
          ]}
        />
      </section>
      <section aria-labelledby="accounts" className="mt-6">
        <h2 id="accounts" className="mb-2 font-semibold">
          Accounts
        </h2>
        <div className="max-w-2xl">
        <FindForm label="Find by name or email" value={q} maxLength={120} clearHref="/newsroom/users" filtered={Boolean(q || role)}>
          <FilterSelect label="Role" name="role" value={role} any="Any role" options={roleOptions} />
        </FindForm>
        </div>
        <p role="status" className="mt-3 text-sm text-neutral-600 dark:text-neutral-400">
          {total} {total === 1 ? "account" : "accounts"}
          {q ? ` matching “${q}”` : ""}
        </p>
      </section>
      <div className="relative mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="users">
          <thead className="border-b border-neutral-300 text-xs uppercase tracking-wide dark:border-neutral-700">
            <tr>
              <th scope="col" className="py-2 pr-3">Name</th>
              <th scope="col" className="py-2 pr-3">Role</th>
              <th scope="col" className="py-2 pr-3">Account</th>
              <th scope="col" className="py-2 pr-3">New password</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-neutral-200 align-top dark:border-neutral-800" data-testid={`user-${u.email}`}>
                <td className="py-2 pr-3">
                  <span className="font-semibold">{u.name}</span>
                  <span className="block text-xs text-neutral-600 dark:text-neutral-400">{u.email}</span>
                </td>
                <td className="py-2 pr-3">
                  {u.id === user.id ? (
                    u.role
                  ) : (
                    <ActionForm
                      inline
                      action={changeRoleAction} schema="updateUser"
                      label={`Role of ${u.name}`}
                      submit="Change"
                      fields={[
                        { name: "id", label: "id", type: "hidden", defaultValue: String(u.id) },
                        { name: "role", label: `Role of ${u.name}`, hideLabel: true, type: "select", options: roleOptions, defaultValue: u.role },
                      ]}
                    />
                  )}
                </td>
                <td className="py-2 pr-3">
                  {u.disabledAt ? <span className="mr-2 font-semibold text-red-800 dark:text-red-300">Disabled</span> : null}
                  {u.id === user.id ? (
                    "You"
                  ) : (
                    <ActionForm
                      inline
                      danger={!u.disabledAt}
                      action={u.disabledAt ? enableUserAction : disableUserAction} schema="userId"
                      label={`${u.disabledAt ? "Enable" : "Disable"} ${u.name}`}
                      submit={u.disabledAt ? "Enable" : "Disable"}
                      confirm={u.disabledAt ? undefined : `Disable ${u.name}? They are signed out at once.`}
                      fields={[{ name: "id", label: "id", type: "hidden", defaultValue: String(u.id) }]}
                    />
                  )}
                </td>
                <td className="py-2 pr-3">
                  <ActionForm
                    inline
                    action={resetPasswordAction} schema="resetPassword"
                    label={`New password for ${u.name}`}
                    submit="Set"
                    fields={[
                      { name: "id", label: "id", type: "hidden", defaultValue: String(u.id) },
                      { name: "password", label: `New password for ${u.name}`, hideLabel: true, type: "password", autoComplete: "new-password" },
                    ]}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pages={pages} href={(p) => pageHref("/newsroom/users", p, { q: q || undefined, role })} />
    </>
  );
}
