"use client";
// Forms behind emailed links and the request for one: forgotten password, new password, confirm
// email. The token rides in a hidden field and is checked only when the form is sent.
import Link from "next/link";
import { requestPasswordResetAction, resetPasswordAction, verifyEmailAction } from "@/lib/actions/account";
import { EMAIL_MAX, requestResetSchema, resetPasswordSchema, verifyEmailSchema } from "@/lib/validations/account";
import { Field, FormMessages, NewPasswordField, buttonClass, useActionForm } from "@/components/account/form-kit";

export function ForgotPasswordForm() {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(requestResetSchema, requestPasswordResetAction);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormMessages errors={errors} message={message} />
      <Field label="Email" name="email" type="email" autoComplete="email" required maxLength={EMAIL_MAX} error={errors.email} />
      <button type="submit" disabled={pending || !hydrated} className={`w-full ${buttonClass}`}>
        {pending ? "Sending…" : "Send me a link"}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(resetPasswordSchema, resetPasswordAction);
  if (message) {
    return (
      <div className="mt-6 space-y-4">
        <FormMessages errors={{}} message={message} />
        <Link href="/signin" className={`inline-block ${buttonClass}`}>
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormMessages errors={errors.token ? { form: errors.token } : errors} message={null} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField label="New password" error={errors.password} />
      <button type="submit" disabled={pending || !hydrated} className={`w-full ${buttonClass}`}>
        {pending ? "Saving…" : "Set new password"}
      </button>
      {errors.form || errors.token ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-semibold underline">
            Request a new link
          </Link>
        </p>
      ) : null}
    </form>
  );
}

export function VerifyEmailForm({ token, signedIn }: { token: string; signedIn: boolean }) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(verifyEmailSchema, verifyEmailAction);
  if (message) {
    return (
      <div className="mt-6 space-y-4">
        <FormMessages errors={{}} message={message} />
        <Link href={signedIn ? "/account" : "/signin"} className={`inline-block ${buttonClass}`}>
          {signedIn ? "Go to your account" : "Sign in"}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormMessages errors={errors.token ? { form: errors.token } : errors} message={null} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending || !hydrated} className={`w-full ${buttonClass}`}>
        {pending ? "Confirming…" : "Confirm my email address"}
      </button>
    </form>
  );
}
