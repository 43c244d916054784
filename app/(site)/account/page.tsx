// /account: the reader's account (components/account/pages/account-page.tsx).
import { AccountPage, accountMetadata } from "@/components/account/pages/account-page";

export const dynamic = "force-dynamic";
export const metadata = accountMetadata("en");

export default function Page() {
  return <AccountPage edition="en" />;
}
