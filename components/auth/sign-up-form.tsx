"use client";
// Sign-up: email, display name and password, with the password rules spelled out. The answer is
// the same whether or not the address already has an account ("check your email").
import Link from "next/link";
import { signUpAction } from "@/lib/actions/account";
import { accountSchemas, EMAIL_MAX, NAME_MAX } from "@/lib/validations/account";
import { accountMessages } from "@/lib/i18n/account-messages";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";
import { Field, FormMessages, NewPasswordField, buttonClass, useActionForm } from "@/components/account/form-kit";

export function SignUpForm({ callbackUrl, edition = "en" }: { callbackUrl: string; edition?: Edition }) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(edition, accountSchemas(edition).signUpSchema, signUpAction);
  const m = accountMessages(edition);
  const signInHref = `${inEditionPath(edition, "/signin")}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  if (message) {
    return (
      <div className="mt-6 space-y-4">
        <FormMessages errors={{}} message={message} />
        <p>
          {m.confirmedAlready}{" "}
          <Link prefetch={false} href={signInHref} className="font-semibold underline">
            {m.signIn}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormMessages errors={errors} message={null} />
      <Field label={m.email} name="email" type="email" autoComplete="email" required maxLength={EMAIL_MAX} error={errors.email} />
      <Field label={m.displayName} name="name" autoComplete="nickname" required maxLength={NAME_MAX} error={errors.name} hint={m.displayNameHint} />
      <NewPasswordField label={m.password} error={errors.password} edition={edition} />
      <button type="submit" disabled={pending || !hydrated} className={`w-full ${buttonClass}`}>
        {pending ? m.creatingAccount : m.createAccount}
      </button>
      <p className="text-sm">
        {m.alreadyHaveAccount}{" "}
        <Link prefetch={false} href={signInHref} className="font-semibold underline">
          {m.signIn}
        </Link>
      </p>
    </form>
  );
}
