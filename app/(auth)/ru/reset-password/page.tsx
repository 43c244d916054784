// /ru/reset-password?token=…: choose a new password from an emailed link (components/auth/pages/token-pages.tsx).
import { ResetPasswordPage, resetPasswordMetadata, type TokenPageProps } from "@/components/auth/pages/token-pages";

export const metadata = resetPasswordMetadata("ru");

export default function Page(props: TokenPageProps) {
  return <ResetPasswordPage {...props} edition="ru" />;
}
