// /verify-email?token=…: confirm an email address from an emailed link (components/auth/pages/token-pages.tsx).
import { VerifyEmailPage, verifyEmailMetadata, type TokenPageProps } from "@/components/auth/pages/token-pages";

export const metadata = verifyEmailMetadata("en");

export default function Page(props: TokenPageProps) {
  return <VerifyEmailPage {...props} edition="en" />;
}
