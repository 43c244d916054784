// /forgot-password: ask for a password-reset link (components/auth/pages/token-pages.tsx).
import { ForgotPasswordPage, forgotPasswordMetadata } from "@/components/auth/pages/token-pages";

export const metadata = forgotPasswordMetadata("en");

export default function Page() {
  return <ForgotPasswordPage edition="en" />;
}
