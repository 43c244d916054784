// /ru/signin: sign in with email and password (components/auth/pages/sign-in-page.tsx).
import { SignInPage, signInMetadata, type SignInPageProps } from "@/components/auth/pages/sign-in-page";

export const metadata = signInMetadata("ru");

export default function Page(props: SignInPageProps) {
  return <SignInPage {...props} edition="ru" />;
}
