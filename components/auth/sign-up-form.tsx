"use client";
// Sign-up: email, display name and password, with the password rules spelled out. The answer is
// the same whether or not the address already has an account ("check your email").
import Link from "next/link";
import { signUpAction } from "@/lib/actions/account";
import { EMAIL_MAX, NAME_MAX, signUpSchema } from "@/lib/validations/account";
import { Field, FormMessages, NewPasswordField, buttonClass, useActionForm } from "@/components/account/form-kit";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const { errors, message, pending, hydrated, onSubmit } = useActionForm(signUpSchema, signUpAction);
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  if (message) {
    return (
      <div className="mt-6 space-y-4">
        <FormMessages errors={{}} message={message} />
        <p>
          Confirmed already?{" "}
          <Link href={signInHref} className="font-semibold underline">
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormMessages errors={errors} message={null} />
      <Field label="Email" name="email" type="email" autoComplete="email" required maxLength={EMAIL_MAX} error={errors.email} />
      <Field label="Display name" name="name" autoComplete="nickname" required maxLength={NAME_MAX} error={errors.name} hint="Shown only to you, on your account page." />
      <NewPasswordField label="Password" error={errors.password} />
      <button type="submit" disabled={pending || !hydrated} className={`w-full ${buttonClass}`}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-sm">
        Already have an account?{" "}
        <Link href={signInHref} className="font-semibold underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
