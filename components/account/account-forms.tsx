"use client";
// The account page's forms: name, email (re-verified), password, resend confirmation, delete.
import { useRouter } from "next/navigation";
import { changeEmailAction, changeNameAction, changePasswordAction, deleteAccountAction, resendVerificationAction } from "@/lib/actions/account";
import { changeEmailSchema, changeNameSchema, changePasswordSchema, deleteAccountSchema, EMAIL_MAX, NAME_MAX } from "@/lib/validations/account";
import { Field, FormMessages, NewPasswordField, buttonClass, useActionForm } from "@/components/account/form-kit";
import { z } from "zod";

const box = "space-y-4 rounded border border-neutral-200 p-4 dark:border-neutral-800";
const legend = "font-serif text-xl font-bold";

export function NameForm({ name }: { name: string }) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(changeNameSchema, changeNameAction);
  return (
    <form onSubmit={onSubmit} noValidate className={box} aria-labelledby="name-heading">
      <h2 id="name-heading" className={legend}>
        Name
      </h2>
      <FormMessages errors={errors} message={message} />
      <Field label="Display name" name="name" defaultValue={name} autoComplete="nickname" required maxLength={NAME_MAX} error={errors.name} />
      <button type="submit" disabled={pending || !hydrated} className={buttonClass}>
        Save name
      </button>
    </form>
  );
}

export function EmailForm({ email }: { email: string }) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(changeEmailSchema, changeEmailAction);
  return (
    <form onSubmit={onSubmit} noValidate className={box} aria-labelledby="email-heading">
      <h2 id="email-heading" className={legend}>
        Email address
      </h2>
      <p className="text-sm">
        Currently <strong data-testid="current-email">{email}</strong>. A new address takes effect once you open the link we send to it.
      </p>
      <FormMessages errors={errors} message={message} />
      <Field label="New email address" name="email" type="email" autoComplete="email" required maxLength={EMAIL_MAX} error={errors.email} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required maxLength={1024} error={errors.currentPassword} />
      <button type="submit" disabled={pending || !hydrated} className={buttonClass}>
        Change email
      </button>
    </form>
  );
}

export function PasswordForm() {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(changePasswordSchema, changePasswordAction);
  return (
    <form onSubmit={onSubmit} noValidate className={box} aria-labelledby="password-heading">
      <h2 id="password-heading" className={legend}>
        Password
      </h2>
      <p className="text-sm">Changing it signs you out on every other device.</p>
      <FormMessages errors={errors} message={message} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required maxLength={1024} error={errors.currentPassword} />
      <NewPasswordField label="New password" error={errors.password} />
      <button type="submit" disabled={pending || !hydrated} className={buttonClass}>
        Change password
      </button>
    </form>
  );
}

export function ResendVerification() {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(z.object({}), resendVerificationAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormMessages errors={errors} message={message} />
      <button type="submit" disabled={pending || !hydrated} className="font-semibold underline">
        Send the confirmation link again
      </button>
    </form>
  );
}

export function DeleteAccountForm() {
  const router = useRouter();
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(deleteAccountSchema, deleteAccountAction, () => {
    // The session cookie is gone; the refresh drops every signed-in view.
    router.replace("/");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className={`${box} border-red-300 dark:border-red-900`} aria-labelledby="delete-heading">
      <h2 id="delete-heading" className={legend}>
        Delete account
      </h2>
      <p className="text-sm">This deletes your account, your saved stories and what you follow. It cannot be undone. Download your data first if you want a copy.</p>
      <FormMessages errors={errors} message={message} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required maxLength={1024} error={errors.currentPassword} />
      <div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirm" aria-invalid={errors.confirm ? true : undefined} />I understand that this cannot be undone
        </label>
        {errors.confirm ? (
          <p data-testid="error-confirm" className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">
            {errors.confirm}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending || !hydrated} className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
        Delete my account
      </button>
    </form>
  );
}
