"use server";
// Account server actions: sign-up, email verification and password reset and the account page.
// Each checks its own session (authedAction) or needs none (publicAction); pages never guard them.
// Each answers in the edition of the page it was sent from (safe-action.ts); emailed links open
// that edition's pages.
import { invalidateTags } from "@/lib/cache";
import { refresh } from "next/cache";
import { authedAction, publicAction } from "@/lib/actions/safe-action";
import { requestIp } from "@/lib/auth/request";
import { clearSessionCookie, getCurrentUser, reissueSessionCookie } from "@/lib/auth/session";
import * as accounts from "@/lib/data/accounts";
import * as settings from "@/lib/data/account-settings";
import { tokenMessage } from "@/lib/data/account-tokens";
import { accountMessages } from "@/lib/i18n/account-messages";
import { accountSchemas } from "@/lib/validations/account";
import type { Edition } from "@/lib/i18n/editions";

const schema = <K extends keyof ReturnType<typeof accountSchemas>>(name: K) => (edition: Edition) => accountSchemas(edition)[name];

// Creates a reader account and mails a confirmation link (or, for a known address, a notice).
export const signUpAction = publicAction(schema("signUpSchema"), async (data, edition) => {
  const result = await accounts.signUp(data, await requestIp(), edition);
  return result.ok ? { ok: true, message: accountMessages(edition).signedUp(data.email) } : result;
});

// Mails a password-reset link if the address has an account; answers the same either way.
export const requestPasswordResetAction = publicAction(schema("requestResetSchema"), async (data, edition) => {
  const result = await accounts.requestPasswordReset(data.email, await requestIp(), edition);
  return result.ok ? { ok: true, message: accountMessages(edition).resetRequested(data.email) } : result;
});

// Sets a new password from an emailed link; every session of the account ends.
export const resetPasswordAction = publicAction(schema("resetPasswordSchema"), async (data, edition) => {
  const result = await accounts.resetPassword(data.token, data.password, edition);
  if (result.ok) return { ok: true, message: accountMessages(edition).passwordReset };
  return "errors" in result ? result : { ok: false, errors: { form: tokenMessage(result.reason, edition) } };
});

// Confirms an email address from an emailed link (a POST, so mail scanners' link previews can't).
export const verifyEmailAction = publicAction(schema("verifyEmailSchema"), async (data, edition) => {
  const user = await getCurrentUser();
  const result = await accounts.verifyEmail(data.token, user?.id ?? null, edition);
  if (!result.ok) return { ok: false, errors: { form: tokenMessage(result.reason, edition) } };
  return { ok: true, message: accountMessages(edition).emailConfirmed };
});

// Sends a fresh confirmation link to the signed-in reader's current address.
export const resendVerificationAction = authedAction(schema("emptySchema"), async (user, _data, edition) => {
  const result = await accounts.resendVerification(user.id, edition);
  return result.ok ? { ok: true, message: accountMessages(edition).verificationResent(user.email) } : result;
});

// Changes the signed-in reader's display name.
export const changeNameAction = authedAction(schema("changeNameSchema"), async (user, data, edition) => {
  const changed = await settings.changeName(user.id, data.name);
  // A staff member's name is on their bylines: expire the pages that show them.
  invalidateTags(changed.invalidate);
  refresh();
  return { ok: true, message: accountMessages(edition).nameChanged };
});

// Starts an email change: the new address gets a link and changes only once it is opened.
export const changeEmailAction = authedAction(schema("changeEmailSchema"), async (user, data, edition) => {
  const result = await settings.requestEmailChange(user.id, data.email, data.currentPassword, await requestIp(), edition);
  if (!result.ok) return result;
  refresh();
  return { ok: true, message: accountMessages(edition).emailChangeSent(data.email) };
});

// Changes the password and ends every other session (this one gets a fresh cookie).
export const changePasswordAction = authedAction(schema("changePasswordSchema"), async (user, data, edition) => {
  const result = await settings.changePassword(user.id, data.currentPassword, data.password, await requestIp(), edition);
  if (!result.ok) return result;
  if (result.sessionVersion) await reissueSessionCookie(result.sessionVersion);
  return { ok: true, message: accountMessages(edition).passwordChanged };
});

// Deletes the signed-in reader's account and personal data, then ends this session.
export const deleteAccountAction = authedAction(schema("deleteAccountSchema"), async (user, data, edition) => {
  const result = await settings.deleteAccount(user.id, data.currentPassword, await requestIp(), edition);
  if (!result.ok) return result;
  await clearSessionCookie();
  return { ok: true, message: accountMessages(edition).accountDeleted };
});
