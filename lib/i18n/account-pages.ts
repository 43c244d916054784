// The words of the reader account pages that the server renders: sign in, sign up, password
// reset, email confirmation, the account page, Saved and My feed (headings, introductions, page
// titles, the OAuth errors). The forms' own words are in account-messages.ts. English is the
// reference: a key missing in Russian is a compile error.
import type { Edition } from "@/lib/i18n/editions";
import { plural, type PluralForms } from "@/lib/i18n/format";

export type OAuthErrorCode = "no-account" | "unverified" | "disabled" | "OAuthSignin" | "OAuthCallback" | "AccessDenied";

const en = {
  signInTitle: "Sign in",
  createAnAccount: "Create an account",
  forgotPassword: "Forgot your password?",
  oauthErrors: {
    "no-account": "No account uses that email address. Sign up with email and password first, or ask an administrator.",
    unverified: "That provider has not verified your email address, so it cannot be used to sign in here.",
    disabled: "This account has been disabled. Ask an administrator.",
    OAuthSignin: "The sign-in provider could not be reached. Try again, or use your email and password.",
    OAuthCallback: "The sign-in provider could not be reached. Try again, or use your email and password.",
    AccessDenied: "Sign-in was cancelled or refused.",
  } as Record<OAuthErrorCode, string>,
  signUpTitle: "Create an account",
  signUpIntro: "Save stories to read later and follow the sections, topics and writers you care about.",
  forgotTitle: "Reset your password",
  forgotIntro: "Enter your account's email address and we will send you a link to choose a new password.",
  resetTitle: "Choose a new password",
  resetInvalid: "This link is not valid. Copy the whole link from the email, or",
  resetInvalidLink: "request a new one",
  verifyTitle: "Confirm your email address",
  verifyInvalid: "This link is not valid. Copy the whole link from the email, or send a new one from",
  verifyInvalidLink: "your account page",
  accountTitle: "Your account",
  yourReading: "Your reading",
  savedStories: "Saved stories",
  myFeed: "My feed",
  unverifiedBefore: "Your email address",
  unverifiedAfter: "is not confirmed yet. Open the link we emailed you.",
  pendingBefore: "Waiting for you to confirm",
  pendingAfter: ": open the link we sent there.",
  yourData: "Your data",
  yourDataText: "Everything we keep about you (account, saved stories, follows, recent sign-ins) as a JSON file.",
  downloadData: "Download my data",
  staffRemoved: "Staff accounts are removed by an administrator.",
  savedTitle: "Saved stories",
  storyCount: (n: number) => `${n} ${n === 1 ? "story" : "stories"}`,
  nothingSavedBefore: "Nothing saved yet. Press",
  saveWord: "Save",
  nothingSavedAfter: "on any story to keep it here.",
  browseLatest: "Browse the latest news",
  myFeedTitle: "My feed",
  following: "Following",
  kindLabel: { section: "Section", tag: "Topic", author: "Writer" } as Record<"section" | "tag" | "author", string>,
  notFollowingBefore: "You don't follow anything yet. Press",
  followWord: "Follow",
  notFollowingAfter: "on a section, topic or writer page.",
  noFeedStories: "No stories yet from what you follow.",
};

export type AccountPageWords = { [K in keyof typeof en]: (typeof en)[K] };

const stories: PluralForms = { one: "материал", few: "материала", many: "материалов", other: "материала" };

const ru: AccountPageWords = {
  signInTitle: "Вход",
  createAnAccount: "Зарегистрироваться",
  forgotPassword: "Забыли пароль?",
  oauthErrors: {
    "no-account": "Учётной записи с этим адресом нет. Сначала зарегистрируйтесь с адресом электронной почты и паролем или обратитесь к администратору.",
    unverified: "Этот сервис не подтвердил ваш адрес электронной почты, поэтому войти через него нельзя.",
    disabled: "Эта учётная запись заблокирована. Обратитесь к администратору.",
    OAuthSignin: "Не удалось связаться с сервисом входа. Попробуйте ещё раз или войдите с адресом электронной почты и паролем.",
    OAuthCallback: "Не удалось связаться с сервисом входа. Попробуйте ещё раз или войдите с адресом электронной почты и паролем.",
    AccessDenied: "Вход отменён или отклонён.",
  },
  signUpTitle: "Регистрация",
  signUpIntro: "Сохраняйте материалы, чтобы прочитать их позже, и подписывайтесь на интересные вам разделы, темы и авторов.",
  forgotTitle: "Восстановление пароля",
  forgotIntro: "Введите адрес электронной почты своей учётной записи, и мы пришлём ссылку для выбора нового пароля.",
  resetTitle: "Новый пароль",
  resetInvalid: "Эта ссылка недействительна. Скопируйте ссылку из письма целиком или",
  resetInvalidLink: "запросите новую",
  verifyTitle: "Подтверждение адреса электронной почты",
  verifyInvalid: "Эта ссылка недействительна. Скопируйте ссылку из письма целиком или отправьте новую со",
  verifyInvalidLink: "страницы профиля",
  accountTitle: "Ваш профиль",
  yourReading: "Ваше чтение",
  savedStories: "Сохранённые материалы",
  myFeed: "Моя лента",
  unverifiedBefore: "Ваш адрес",
  unverifiedAfter: "ещё не подтверждён. Откройте ссылку из нашего письма.",
  pendingBefore: "Ждём подтверждения адреса",
  pendingAfter: ": откройте ссылку, которую мы туда отправили.",
  yourData: "Ваши данные",
  yourDataText: "Всё, что мы храним о вас (учётная запись, сохранённые материалы, подписки, недавние входы), в виде файла JSON.",
  downloadData: "Скачать мои данные",
  staffRemoved: "Учётные записи сотрудников удаляет администратор.",
  savedTitle: "Сохранённые материалы",
  storyCount: (n) => plural("ru", n, stories),
  nothingSavedBefore: "Пока ничего не сохранено. Нажмите",
  saveWord: "Сохранить",
  nothingSavedAfter: "под любым материалом, чтобы он появился здесь.",
  browseLatest: "Последние новости",
  myFeedTitle: "Моя лента",
  following: "Ваши подписки",
  kindLabel: { section: "Раздел", tag: "Тема", author: "Автор" },
  notFollowingBefore: "Вы пока ни на что не подписаны. Нажмите",
  followWord: "Подписаться",
  notFollowingAfter: "на странице раздела, темы или автора.",
  noFeedStories: "Пока нет материалов из ваших подписок.",
};

const WORDS: Record<Edition, AccountPageWords> = { en, ru };

export function accountPageWords(edition: Edition): AccountPageWords {
  return WORDS[edition];
}

export function accountPageKeys(edition: Edition): string[] {
  return Object.keys(WORDS[edition]);
}
