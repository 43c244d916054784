// Sizes of reader account input, shared by the schemas (lib/validations/account.ts) and the words
// that state them (lib/i18n/account-messages.ts), which cannot import each other.
export const EMAIL_MAX = 254;
export const NAME_MAX = 80;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
