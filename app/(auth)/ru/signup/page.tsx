// /ru/signup: create a reader account (components/auth/pages/sign-up-page.tsx).
import { SignUpPage, signUpMetadata, type SignUpPageProps } from "@/components/auth/pages/sign-up-page";

export const metadata = signUpMetadata("ru");

export default function Page(props: SignUpPageProps) {
  return <SignUpPage {...props} edition="ru" />;
}
