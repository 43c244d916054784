"use client";
// The account page's forms: name, email (re-verified), password, resend confirmation, delete.
// Each takes its page's edition for its words (lib/i18n/account-messages.ts).
import { useRouter } from "next/navigation";
import { changeEmailAction, changeNameAction, changePasswordAction, deleteAccountAction, resendVerificationAction } from "@/lib/actions/account";
import { accountSchemas, EMAIL_MAX, NAME_MAX } from "@/lib/validations/account";
import { accountMessages } from "@/lib/i18n/account-messages";
import { homePath } from "@/lib/urls";
import type { Edition } from "@/lib/i18n/editions";
import { Field, FormMessages, NewPasswordField, buttonClass, useActionForm } from "@/components/account/form-kit";

const box = "space-y-4 rounded border border-neutral-200 p-4 dark:border-neutral-800";
const legend = "font-serif text-xl font-bold";

type WithEdition = { edition?: Edition };

export function NameForm({ name, edition = "en" }: { name: string } & WithEdition) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(edition, accountSchemas(edition).changeNameSchema, changeNameAction);
  const m = accountMessages(edition);
  return (
    <form onSubmit={onSubmit} noValidate className={box} aria-labelledby="name-heading">
      <h2 id="name-heading" className={legend}>
        {m.nameHeading}
      </h2>
      <FormMessages errors={errors} message={message} />
      <Field label={m.displayName} name="name" defaultValue={name} autoComplete="nickname" required maxLength={NAME_MAX} error={errors.name} />
      <button type="submit" disabled={pending || !hydrated} className={buttonClass}>
        {m.saveName}
      </button>
    </form>
  );
}

export function EmailForm({ email, edition = "en" }: { email: string } & WithEdition) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(edition, accountSchemas(edition).changeEmailSchema, changeEmailAction);
  const m = accountMessages(edition);
  return (
    <form onSubmit={onSubmit} noValidate className={box} aria-labelledby="email-heading">
      <h2 id="email-heading" className={legend}>
        {m.emailHeading}
      </h2>
      <p className="text-sm">
        {m.currently} <strong data-testid="current-email">{email}</strong>
        {m.emailChangeNote}
      </p>
      <FormMessages errors={errors} message={message} />
      <Field label={m.newEmail} name="email" type="email" autoComplete="email" required maxLength={EMAIL_MAX} error={errors.email} />
      <Field label={m.currentPassword} name="currentPassword" type="password" autoComplete="current-password" required maxLength={1024} error={errors.currentPassword} />
      <button type="submit" disabled={pending || !hydrated} className={buttonClass}>
        {m.changeEmail}
      </button>
    </form>
  );
}

export function PasswordForm({ edition = "en" }: WithEdition) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(edition, accountSchemas(edition).changePasswordSchema, changePasswordAction);
  const m = accountMessages(edition);
  return (
    <form onSubmit={onSubmit} noValidate className={box} aria-labelledby="password-heading">
      <h2 id="password-heading" className={legend}>
        {m.passwordHeading}
      </h2>
      <p className="text-sm">{m.passwordChangeNote}</p>
      <FormMessages errors={errors} message={message} />
      <Field label={m.currentPassword} name="currentPassword" type="password" autoComplete="current-password" required maxLength={1024} error={errors.currentPassword} />
      <NewPasswordField label={m.newPassword} error={errors.password} edition={edition} />
      <button type="submit" disabled={pending || !hydrated} className={buttonClass}>
        {m.changePassword}
      </button>
    </form>
  );
}

export function ResendVerification({ edition = "en" }: WithEdition) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(edition, accountSchemas(edition).emptySchema, resendVerificationAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormMessages errors={errors} message={message} />
      <button type="submit" disabled={pending || !hydrated} className="font-semibold underline">
        {accountMessages(edition).resendConfirmation}
      </button>
    </form>
  );
}

export function DeleteAccountForm({ edition = "en" }: WithEdition) {
  const router = useRouter();
  const m = accountMessages(edition);
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(edition, accountSchemas(edition).deleteAccountSchema, deleteAccountAction, () => {
    // The session cookie is gone; the refresh drops every signed-in view.
    router.replace(homePath(edition));
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className={`${box} border-red-300 dark:border-red-900`} aria-labelledby="delete-heading">
      <h2 id="delete-heading" className={legend}>
        {m.deleteHeading}
      </h2>
      <p className="text-sm">{m.deleteNote}</p>
      <FormMessages errors={errors} message={message} />
      <Field label={m.currentPassword} name="currentPassword" type="password" autoComplete="current-password" required maxLength={1024} error={errors.currentPassword} />
      <div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirm" aria-invalid={errors.confirm ? true : undefined} />
          {m.deleteUnderstand}
        </label>
        {errors.confirm ? (
          <p data-testid="error-confirm" className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">
            {errors.confirm}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending || !hydrated} className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
        {m.deleteButton}
      </button>
    </form>
  );
}
