// Ask for a password-reset link.
import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/token-forms";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Reset your password</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">Enter your account&apos;s email address and we will send you a link to choose a new password.</p>
      <ForgotPasswordForm />
    </>
  );
}
