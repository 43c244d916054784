"use client";
// Forms behind emailed links and the request for one: forgotten password, new password, confirm
// email. The token rides in a hidden field and is checked only when the form is sent.
import Link from "next/link";
import { requestPasswordResetAction, resetPasswordAction, verifyEmailAction } from "@/lib/actions/account";
import { accountSchemas, EMAIL_MAX } from "@/lib/validations/account";
import { accountMessages } from "@/lib/i18n/account-messages";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";
import { Field, FormMessages, NewPasswordField, buttonClass, useActionForm } from "@/components/account/form-kit";

export function ForgotPasswordForm({ edition = "en" }: { edition?: Edition }) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(edition, accountSchemas(edition).requestResetSchema, requestPasswordResetAction);
  const m = accountMessages(edition);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormMessages errors={errors} message={message} />
      <Field label={m.email} name="email" type="email" autoComplete="email" required maxLength={EMAIL_MAX} error={errors.email} />
      <button type="submit" disabled={pending || !hydrated} className={`w-full ${buttonClass}`}>
        {pending ? m.sending : m.sendMeALink}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ token, edition = "en" }: { token: string; edition?: Edition }) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(edition, accountSchemas(edition).resetPasswordSchema, resetPasswordAction);
  const m = accountMessages(edition);
  if (message) {
    return (
      <div className="mt-6 space-y-4">
        <FormMessages errors={{}} message={message} />
        <Link prefetch={false} href={inEditionPath(edition, "/signin")} className={`inline-block ${buttonClass}`}>
          {m.signIn}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormMessages errors={errors.token ? { form: errors.token } : errors} message={null} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField label={m.newPassword} error={errors.password} edition={edition} />
      <button type="submit" disabled={pending || !hydrated} className={`w-full ${buttonClass}`}>
        {pending ? m.saving : m.setNewPassword}
      </button>
      {errors.form || errors.token ? (
        <p className="text-sm">
          <Link prefetch={false} href={inEditionPath(edition, "/forgot-password")} className="font-semibold underline">
            {m.requestNewLink}
          </Link>
        </p>
      ) : null}
    </form>
  );
}

export function VerifyEmailForm({ token, signedIn, edition = "en" }: { token: string; signedIn: boolean; edition?: Edition }) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(edition, accountSchemas(edition).verifyEmailSchema, verifyEmailAction);
  const m = accountMessages(edition);
  if (message) {
    return (
      <div className="mt-6 space-y-4">
        <FormMessages errors={{}} message={message} />
        <Link prefetch={false} href={inEditionPath(edition, signedIn ? "/account" : "/signin")} className={`inline-block ${buttonClass}`}>
          {signedIn ? m.goToAccount : m.signIn}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormMessages errors={errors.token ? { form: errors.token } : errors} message={null} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending || !hydrated} className={`w-full ${buttonClass}`}>
        {pending ? m.confirming : m.confirmMyEmail}
      </button>
    </form>
  );
}
