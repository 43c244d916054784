// The words of the reader account forms, per edition: labels and buttons, the validation messages
// of the shared zod schemas (lib/validations/account.ts, checked in the browser and again by the
// server action) and the answers of the account server actions and the data layer. Client forms
// import this table and get only the edition, like media-labels.ts, because the schemas' messages
// must exist in the browser too. English is the reference: a key missing in Russian is a compile
// error. Page headings and texts that only the server renders are in account-pages.ts.
import type { Edition } from "@/lib/i18n/editions";
import { plural, type PluralForms } from "@/lib/i18n/format";
import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validations/account-limits";

const enWait = (seconds: number) => {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
};

const en = {
  // How long to wait, as said after "Try again in".
  wait: enWait,

  // Validation (the shared zod schemas).
  emailRequired: "Enter your email address.",
  emailTooLong: `Email addresses are at most ${EMAIL_MAX} characters.`,
  emailNotLatin: "Use an address written in plain Latin letters, digits and punctuation; addresses with other scripts are not supported.",
  emailInvalid: "Enter a valid email address, like name@example.org.",
  nameRequired: "Enter your name.",
  nameTooLong: `Names are at most ${NAME_MAX} characters.`,
  passwordRequired: "Choose a password.",
  passwordTooShort: `Use at least ${PASSWORD_MIN} characters.`,
  passwordTooLong: `Use at most ${PASSWORD_MAX} characters.`,
  passwordRepeated: "Passwords cannot be one character repeated or contain control characters.",
  passwordIsEmail: "Your password cannot be your email address.",
  currentPasswordRequired: "Enter your password.",
  wrongPassword: "Wrong password.",
  linkInvalid: "This link is not valid.",
  linkInvalidCopy: "This link is not valid. Copy the whole link from the email.",
  tickToConfirm: "Tick the box to confirm.",
  unknownItem: "Unknown item.",
  formInvalid: "This form could not be read. Reload the page and try again.",
  passwordRules: [
    `At least ${PASSWORD_MIN} characters (at most ${PASSWORD_MAX}). A few unrelated words make a strong, memorable password.`,
    "Not a password that appears in lists of common or leaked passwords, even with digits or symbols added.",
    "Not your email address.",
  ] as readonly string[],

  // The server's answers.
  commonPassword: "This password appears in lists of common or leaked passwords. Choose something less predictable, such as a few unrelated words.",
  tooManySignUpsFromNetwork: (s: number) => `Too many sign-ups from your network. Try again in ${enWait(s)}.`,
  tooManyAttemptsForEmail: (s: number) => `Too many attempts for this email address. Try again in ${enWait(s)}.`,
  tooManyEmails: (s: number) => `Too many emails sent. Try again in ${enWait(s)}.`,
  tooManyRequestsFromNetwork: (s: number) => `Too many requests from your network. Try again in ${enWait(s)}.`,
  tooManyRequestsForEmail: (s: number) => `Too many requests for this email address. Try again in ${enWait(s)}.`,
  tooManyWrongPasswords: (s: number) => `Too many wrong passwords. Try again in ${enWait(s)}.`,
  sessionEnded: "Your session has ended. Sign in again.",
  alreadyConfirmed: "Your email address is already confirmed.",
  alreadyYourEmail: "This is already your email address.",
  staffRemovedByAdmin: "Staff accounts are removed by an administrator.",
  tokenInvalid: "This link is not valid. Request a new one.",
  tokenUsed: "This link has already been used. Request a new one if you still need it.",
  tokenExpired: "This link has expired. Request a new one.",
  tokenWrongUser: "This link was sent for a different account. Sign out, then open the link again.",
  tokenStale: "This link was sent to an address that is no longer on the account. Request a new one.",
  tokenTaken: "Another account already uses this email address.",
  signedUp: (email: string) => `We have sent an email to ${email}. Open the link in it to confirm your address, then sign in.`,
  resetRequested: (email: string) => `If ${email} has an account, we have sent it a link to choose a new password. The link works once, within an hour.`,
  passwordReset: "Your password has been changed. Sign in with your new password.",
  emailConfirmed: "Your email address is confirmed.",
  verificationResent: (email: string) => `We have sent a new link to ${email}.`,
  nameChanged: "Your name has been changed.",
  emailChangeSent: (email: string) => `We have sent a link to ${email}. Your address changes when you open it.`,
  passwordChanged: "Your password has been changed. You have been signed out everywhere else.",
  accountDeleted: "Your account and personal data have been deleted.",
  notSaveable: "This story is not available, so it cannot be saved.",
  notFollowable: "This cannot be followed.",
  couldNotReach: "Could not reach the server. Check your connection and try again.",

  // Sign-in (next-auth's credentials answers are codes, lib/auth/options.ts).
  enterEmailAndPassword: "Enter your email and password.",
  wrongEmailOrPassword: "Wrong email or password.",
  signInLocked: (s: number) => `Too many failed attempts. Try again in ${enWait(s)}.`,
  accountDisabled: "This account has been disabled. Ask an administrator.",
  signInFailed: "Sign-in failed. Try again.",

  // Labels and buttons.
  email: "Email",
  password: "Password",
  signIn: "Sign in",
  signingIn: "Signing in…",
  displayName: "Display name",
  displayNameHint: "Shown only to you, on your account page.",
  createAccount: "Create account",
  creatingAccount: "Creating your account…",
  confirmedAlready: "Confirmed already?",
  alreadyHaveAccount: "Already have an account?",
  sendMeALink: "Send me a link",
  sending: "Sending…",
  newPassword: "New password",
  setNewPassword: "Set new password",
  saving: "Saving…",
  requestNewLink: "Request a new link",
  confirmMyEmail: "Confirm my email address",
  confirming: "Confirming…",
  goToAccount: "Go to your account",
  orExistingAccount: "Or, for an existing account with the same verified email:",
  continueWith: (provider: string) => `Continue with ${provider}`,
  nameHeading: "Name",
  saveName: "Save name",
  emailHeading: "Email address",
  currently: "Currently",
  emailChangeNote: ". A new address takes effect once you open the link we send to it.",
  newEmail: "New email address",
  currentPassword: "Current password",
  changeEmail: "Change email",
  passwordHeading: "Password",
  passwordChangeNote: "Changing it signs you out on every other device.",
  changePassword: "Change password",
  resendConfirmation: "Send the confirmation link again",
  deleteHeading: "Delete account",
  deleteNote: "This deletes your account, your saved stories and what you follow. It cannot be undone. Download your data first if you want a copy.",
  deleteUnderstand: "I understand that this cannot be undone",
  deleteButton: "Delete my account",
};

export type AccountMessages = { [K in keyof typeof en]: (typeof en)[K] };

// Accusative after «через»: «через 1 минуту», «через 3 минуты», «через 5 минут», «через 21 минуту».
const minutes: PluralForms = { one: "минуту", few: "минуты", many: "минут", other: "минуты" };
const ruWait = (seconds: number) => {
  const n = Math.ceil(seconds / 60);
  return n <= 1 ? "минуту" : plural("ru", n, minutes);
};

const ru: AccountMessages = {
  wait: ruWait,

  emailRequired: "Введите адрес электронной почты.",
  emailTooLong: `Адрес электронной почты — не длиннее ${EMAIL_MAX} символов.`,
  emailNotLatin: "Введите адрес латинскими буквами, цифрами и знаками препинания: адреса с другими алфавитами не поддерживаются.",
  emailInvalid: "Введите правильный адрес электронной почты, например name@example.org.",
  nameRequired: "Введите имя.",
  nameTooLong: `Имя — не длиннее ${NAME_MAX} символов.`,
  passwordRequired: "Придумайте пароль.",
  passwordTooShort: `Пароль должен быть не короче ${PASSWORD_MIN} символов.`,
  passwordTooLong: `Пароль должен быть не длиннее ${PASSWORD_MAX} символов.`,
  passwordRepeated: "Пароль не может состоять из одного повторяющегося символа или содержать управляющие символы.",
  passwordIsEmail: "Пароль не может совпадать с адресом электронной почты.",
  currentPasswordRequired: "Введите пароль.",
  wrongPassword: "Неверный пароль.",
  linkInvalid: "Эта ссылка недействительна.",
  linkInvalidCopy: "Эта ссылка недействительна. Скопируйте ссылку из письма целиком.",
  tickToConfirm: "Поставьте галочку, чтобы подтвердить.",
  unknownItem: "Неизвестный объект.",
  formInvalid: "Не удалось прочитать форму. Обновите страницу и попробуйте ещё раз.",
  passwordRules: [
    `Не короче ${PASSWORD_MIN} символов (и не длиннее ${PASSWORD_MAX}). Несколько не связанных между собой слов — надёжный и запоминающийся пароль.`,
    "Не пароль из списков распространённых или утёкших паролей, даже с добавленными цифрами или знаками.",
    "Не ваш адрес электронной почты.",
  ],

  commonPassword: "Этот пароль есть в списках распространённых или утёкших паролей. Выберите менее предсказуемый, например несколько не связанных между собой слов.",
  tooManySignUpsFromNetwork: (s) => `Слишком много регистраций из вашей сети. Попробуйте снова через ${ruWait(s)}.`,
  tooManyAttemptsForEmail: (s) => `Слишком много попыток для этого адреса. Попробуйте снова через ${ruWait(s)}.`,
  tooManyEmails: (s) => `Отправлено слишком много писем. Попробуйте снова через ${ruWait(s)}.`,
  tooManyRequestsFromNetwork: (s) => `Слишком много запросов из вашей сети. Попробуйте снова через ${ruWait(s)}.`,
  tooManyRequestsForEmail: (s) => `Слишком много запросов для этого адреса. Попробуйте снова через ${ruWait(s)}.`,
  tooManyWrongPasswords: (s) => `Слишком много неверных паролей. Попробуйте снова через ${ruWait(s)}.`,
  sessionEnded: "Сеанс завершён. Войдите снова.",
  alreadyConfirmed: "Ваш адрес электронной почты уже подтверждён.",
  alreadyYourEmail: "Это и есть ваш текущий адрес.",
  staffRemovedByAdmin: "Учётные записи сотрудников удаляет администратор.",
  tokenInvalid: "Эта ссылка недействительна. Запросите новую.",
  tokenUsed: "Эта ссылка уже использована. Если нужно, запросите новую.",
  tokenExpired: "Срок действия ссылки истёк. Запросите новую.",
  tokenWrongUser: "Эта ссылка отправлена для другой учётной записи. Выйдите и откройте ссылку снова.",
  tokenStale: "Эта ссылка отправлена на адрес, который больше не привязан к учётной записи. Запросите новую.",
  tokenTaken: "Этот адрес уже используется другой учётной записью.",
  signedUp: (email) => `Мы отправили письмо на ${email}. Откройте ссылку в нём, чтобы подтвердить адрес, а затем войдите.`,
  resetRequested: (email) => `Если у ${email} есть учётная запись, мы отправили на этот адрес ссылку для выбора нового пароля. Ссылка действует один раз в течение часа.`,
  passwordReset: "Пароль изменён. Войдите с новым паролем.",
  emailConfirmed: "Ваш адрес электронной почты подтверждён.",
  verificationResent: (email) => `Мы отправили новую ссылку на ${email}.`,
  nameChanged: "Имя изменено.",
  emailChangeSent: (email) => `Мы отправили ссылку на ${email}. Адрес изменится, когда вы её откроете.`,
  passwordChanged: "Пароль изменён. На всех остальных устройствах вы вышли из учётной записи.",
  accountDeleted: "Ваша учётная запись и личные данные удалены.",
  notSaveable: "Этот материал недоступен, поэтому его нельзя сохранить.",
  notFollowable: "На это нельзя подписаться.",
  couldNotReach: "Не удалось связаться с сервером. Проверьте подключение и попробуйте ещё раз.",

  enterEmailAndPassword: "Введите адрес электронной почты и пароль.",
  wrongEmailOrPassword: "Неверный адрес электронной почты или пароль.",
  signInLocked: (s) => `Слишком много неудачных попыток. Попробуйте снова через ${ruWait(s)}.`,
  accountDisabled: "Эта учётная запись заблокирована. Обратитесь к администратору.",
  signInFailed: "Не удалось войти. Попробуйте ещё раз.",

  email: "Электронная почта",
  password: "Пароль",
  signIn: "Войти",
  signingIn: "Входим…",
  displayName: "Отображаемое имя",
  displayNameHint: "Его видите только вы, на странице профиля.",
  createAccount: "Зарегистрироваться",
  creatingAccount: "Создаём учётную запись…",
  confirmedAlready: "Уже подтвердили?",
  alreadyHaveAccount: "Уже есть учётная запись?",
  sendMeALink: "Отправить ссылку",
  sending: "Отправляем…",
  newPassword: "Новый пароль",
  setNewPassword: "Сохранить новый пароль",
  saving: "Сохраняем…",
  requestNewLink: "Запросить новую ссылку",
  confirmMyEmail: "Подтвердить адрес",
  confirming: "Подтверждаем…",
  goToAccount: "Перейти в профиль",
  orExistingAccount: "Или, если у вас уже есть учётная запись с тем же подтверждённым адресом:",
  continueWith: (provider) => `Продолжить через ${provider}`,
  nameHeading: "Имя",
  saveName: "Сохранить имя",
  emailHeading: "Адрес электронной почты",
  currently: "Сейчас:",
  emailChangeNote: ". Новый адрес начнёт действовать, когда вы откроете ссылку, которую мы на него отправим.",
  newEmail: "Новый адрес электронной почты",
  currentPassword: "Текущий пароль",
  changeEmail: "Изменить адрес",
  passwordHeading: "Пароль",
  passwordChangeNote: "После смены пароля вы выйдете из учётной записи на всех остальных устройствах.",
  changePassword: "Сменить пароль",
  resendConfirmation: "Отправить ссылку для подтверждения ещё раз",
  deleteHeading: "Удаление учётной записи",
  deleteNote: "Будут удалены ваша учётная запись, сохранённые материалы и подписки. Это нельзя отменить. Если хотите сохранить копию, сначала скачайте свои данные.",
  deleteUnderstand: "Я понимаю, что это нельзя отменить",
  deleteButton: "Удалить учётную запись",
};

const MESSAGES: Record<Edition, AccountMessages> = { en, ru };

export function accountMessages(edition: Edition): AccountMessages {
  return MESSAGES[edition];
}

/** For the completeness test: every key of an edition's table. */
export function accountMessageKeys(edition: Edition): string[] {
  return Object.keys(MESSAGES[edition]);
}

/**
 * next-auth's credentials sign-in answers with the message of the error `authorize` throws
 * (lib/auth/options.ts), which is one of these codes, never words: the sign-in form shows them in
 * its page's edition. Anything else (next-auth's own codes) is a generic failure.
 */
export const SIGN_IN_ERROR = { missing: "missing", invalid: "invalid", disabled: "disabled", locked: (seconds: number) => `locked:${Math.max(0, Math.ceil(seconds))}` } as const;

export function signInErrorText(code: string, edition: Edition): string {
  const m = accountMessages(edition);
  if (code === SIGN_IN_ERROR.missing) return m.enterEmailAndPassword;
  if (code === SIGN_IN_ERROR.invalid || code === "CredentialsSignin") return m.wrongEmailOrPassword;
  if (code === SIGN_IN_ERROR.disabled) return m.accountDisabled;
  const locked = /^locked:(\d{1,7})$/.exec(code);
  if (locked) return m.signInLocked(Number(locked[1]));
  return m.signInFailed;
}
