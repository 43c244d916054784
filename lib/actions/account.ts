"use server";
// Account server actions: sign-up, email verification, password reset and the account page.
// Each checks its own session (authedAction) or needs none (publicAction); pages never guard them.
import { invalidateTags } from "@/lib/cache";
import { refresh } from "next/cache";
import { authedAction, publicAction } from "@/lib/actions/safe-action";
import { requestIp } from "@/lib/auth/request";
import { clearSessionCookie, getCurrentUser, reissueSessionCookie } from "@/lib/auth/session";
import * as accounts from "@/lib/data/accounts";
import * as settings from "@/lib/data/account-settings";
import { TOKEN_MESSAGES } from "@/lib/data/account-tokens";
import {
  changeEmailSchema,
  changeNameSchema,
  changePasswordSchema,
  deleteAccountSchema,
  requestResetSchema,
  resetPasswordSchema,
  signUpSchema,
  verifyEmailSchema,
} from "@/lib/validations/account";
import { z } from "zod";

// Creates a reader account and mails a confirmation link (or, for a known address, a notice).
export const signUpAction = publicAction(signUpSchema, async (data) => {
  const result = await accounts.signUp(data, await requestIp());
  return result.ok ? { ok: true, message: `We have sent an email to ${data.email}. Open the link in it to confirm your address, then sign in.` } : result;
});

// Mails a password-reset link if the address has an account; answers the same either way.
export const requestPasswordResetAction = publicAction(requestResetSchema, async (data) => {
  const result = await accounts.requestPasswordReset(data.email, await requestIp());
  return result.ok ? { ok: true, message: `If ${data.email} has an account, we have sent it a link to choose a new password. The link works once, within an hour.` } : result;
});

// Sets a new password from an emailed link; every session of the account ends.
export const resetPasswordAction = publicAction(resetPasswordSchema, async (data) => {
  const result = await accounts.resetPassword(data.token, data.password);
  if (result.ok) return { ok: true, message: "Your password has been changed. Sign in with your new password." };
  return "errors" in result ? result : { ok: false, errors: { form: TOKEN_MESSAGES[result.reason] } };
});

// Confirms an email address from an emailed link (a POST, so mail scanners' link previews can't).
export const verifyEmailAction = publicAction(verifyEmailSchema, async (data) => {
  const user = await getCurrentUser();
  const result = await accounts.verifyEmail(data.token, user?.id ?? null);
  if (!result.ok) return { ok: false, errors: { form: TOKEN_MESSAGES[result.reason] } };
  return { ok: true, message: "Your email address is confirmed." };
});

// Sends a fresh confirmation link to the signed-in reader's current address.
export const resendVerificationAction = authedAction(z.object({}), async (user) => {
  const result = await accounts.resendVerification(user.id);
  return result.ok ? { ok: true, message: `We have sent a new link to ${user.email}.` } : result;
});

// Changes the signed-in reader's display name.
export const changeNameAction = authedAction(changeNameSchema, async (user, data) => {
  const changed = await settings.changeName(user.id, data.name);
  // A staff member's name is on their bylines: expire the pages that show them.
  invalidateTags(changed.invalidate);
  refresh();
  return { ok: true, message: "Your name has been changed." };
});

// Starts an email change: the new address gets a link and changes only once it is opened.
export const changeEmailAction = authedAction(changeEmailSchema, async (user, data) => {
  const result = await settings.requestEmailChange(user.id, data.email, data.currentPassword, await requestIp());
  if (!result.ok) return result;
  refresh();
  return { ok: true, message: `We have sent a link to ${data.email}. Your address changes when you open it.` };
});

// Changes the password and ends every other session (this one gets a fresh cookie).
export const changePasswordAction = authedAction(changePasswordSchema, async (user, data) => {
  const result = await settings.changePassword(user.id, data.currentPassword, data.password, await requestIp());
  if (!result.ok) return result;
  if (result.sessionVersion) await reissueSessionCookie(result.sessionVersion);
  return { ok: true, message: "Your password has been changed. You have been signed out everywhere else." };
});

// Deletes the signed-in reader's account and personal data, then ends this session.
export const deleteAccountAction = authedAction(deleteAccountSchema, async (user, data) => {
  const result = await settings.deleteAccount(user.id, data.currentPassword, await requestIp());
  if (!result.ok) return result;
  await clearSessionCookie();
  return { ok: true, message: "Your account and personal data have been deleted." };
});

