// The emails the account flows send (lib/data/accounts.ts, account-settings.ts), per edition: a
// reader who signs up or asks for a link on a Russian page gets Russian mail with links to the
// Russian pages. English is the reference; a key missing in Russian is a compile error.
import type { Edition } from "@/lib/i18n/editions";

const en = {
  verifySubject: (site: string, isChange: boolean) => (isChange ? `Confirm your new email address for ${site}` : `Confirm your email address for ${site}`),
  verifyText: (name: string, site: string, url: string) =>
    `Hello ${name},\n\nPlease confirm this email address for your ${site} account by opening this link (it works once, within 24 hours):\n\n${url}\n\nIf you did not ask for this, ignore this message.\n`,
  knownAddressSubject: (site: string) => `Someone tried to create a ${site} account with your address`,
  knownAddressText: (name: string, site: string, signInUrl: string, resetUrl: string) =>
    `Hello ${name},\n\nSomeone (perhaps you) tried to sign up for ${site} with this email address, which already has an account.\n\nIf it was you, sign in at ${signInUrl} or reset your password at ${resetUrl}.\nIf not, you can ignore this message; nothing has changed.\n`,
  emailChangedSubject: (site: string) => `Your ${site} email address was changed`,
  emailChangedText: (site: string, to: string) => `Your ${site} account now uses ${to}. If you did not make this change, reset your password and contact us.\n`,
  resetSubject: (site: string) => `Reset your ${site} password`,
  resetText: (name: string, url: string) => `Hello ${name},\n\nTo choose a new password, open this link (it works once, within an hour):\n\n${url}\n\nIf you did not ask for this, ignore this message; your password has not changed.\n`,
  takenSubject: (site: string) => `Someone tried to move a ${site} account to your address`,
  takenText: (site: string) => `Someone tried to change another ${site} account's email to this address, which already has an account. Nothing has changed.\n`,
};

export type AccountMail = { [K in keyof typeof en]: (typeof en)[K] };

const ru: AccountMail = {
  verifySubject: (site, isChange) => (isChange ? `Подтвердите новый адрес электронной почты для ${site}` : `Подтвердите адрес электронной почты для ${site}`),
  verifyText: (name, site, url) =>
    `Здравствуйте, ${name}!\n\nПодтвердите этот адрес электронной почты для своей учётной записи ${site}: откройте ссылку (она действует один раз в течение 24 часов):\n\n${url}\n\nЕсли вы этого не запрашивали, просто не обращайте внимания на это письмо.\n`,
  knownAddressSubject: (site) => `Кто-то пытался зарегистрироваться в ${site} с вашим адресом`,
  knownAddressText: (name, site, signInUrl, resetUrl) =>
    `Здравствуйте, ${name}!\n\nКто-то (возможно, вы) пытался зарегистрироваться в ${site} с этим адресом электронной почты, но учётная запись с ним уже есть.\n\nЕсли это были вы, войдите на ${signInUrl} или восстановите пароль на ${resetUrl}.\nЕсли нет, просто не обращайте внимания на это письмо: ничего не изменилось.\n`,
  emailChangedSubject: (site) => `Адрес электронной почты вашей учётной записи ${site} изменён`,
  emailChangedText: (site, to) => `Ваша учётная запись ${site} теперь использует адрес ${to}. Если это сделали не вы, восстановите пароль и свяжитесь с нами.\n`,
  resetSubject: (site) => `Восстановление пароля ${site}`,
  resetText: (name, url) =>
    `Здравствуйте, ${name}!\n\nЧтобы выбрать новый пароль, откройте эту ссылку (она действует один раз в течение часа):\n\n${url}\n\nЕсли вы этого не запрашивали, просто не обращайте внимания на это письмо: пароль не изменился.\n`,
  takenSubject: (site) => `Кто-то пытался привязать учётную запись ${site} к вашему адресу`,
  takenText: (site) => `Кто-то пытался сменить адрес другой учётной записи ${site} на этот, но учётная запись с ним уже есть. Ничего не изменилось.\n`,
};

const MAIL: Record<Edition, AccountMail> = { en, ru };

export function accountMail(edition: Edition): AccountMail {
  return MAIL[edition];
}

export function accountMailKeys(edition: Edition): string[] {
  return Object.keys(MAIL[edition]);
}
