// /signup: create a reader account (components/auth/pages/sign-up-page.tsx).
import { SignUpPage, signUpMetadata, type SignUpPageProps } from "@/components/auth/pages/sign-up-page";

export const metadata = signUpMetadata("en");

export default function Page(props: SignUpPageProps) {
  return <SignUpPage {...props} edition="en" />;
}
