// /ru/account: the reader's account (components/account/pages/account-page.tsx).
import { AccountPage, accountMetadata } from "@/components/account/pages/account-page";

export const dynamic = "force-dynamic";
export const metadata = accountMetadata("ru");

export default function Page() {
  return <AccountPage edition="ru" />;
}
