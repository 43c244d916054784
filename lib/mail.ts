// Outgoing mail behind one small interface. With SMTP_URL set, messages go out over SMTP
// (nodemailer); without it (local runs and tests) each message is written as JSON to
// DATELINE_DATA_DIR/mail/ and its link is logged, so every account flow works offline.
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import crypto from "node:crypto";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type MailMessage = { to: string; subject: string; text: string; link?: string };

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export function mailDir(): string {
  return path.resolve(env().DATELINE_DATA_DIR || ".data", "mail");
}

function fromAddress(): string {
  const { MAIL_FROM, SITE_NAME, SITE_URL } = env();
  return MAIL_FROM ?? `${SITE_NAME} <no-reply@${new URL(SITE_URL).hostname}>`;
}

class SmtpMailer implements Mailer {
  private transport;
  constructor(url: string) {
    this.transport = nodemailer.createTransport(url);
  }
  async send(message: MailMessage) {
    await this.transport.sendMail({ from: fromAddress(), to: message.to, subject: message.subject, text: message.text });
  }
}

class FolderMailer implements Mailer {
  async send(message: MailMessage) {
    const dir = mailDir();
    await fs.mkdir(dir, { recursive: true });
    // Sortable names: time first, then randomness so two messages in one millisecond don't collide.
    const file = path.join(dir, `${Date.now()}-${crypto.randomBytes(4).toString("hex")}.json`);
    // Written aside and renamed into place, so a reader of the folder never sees half a message.
    const partial = `${file}.partial`;
    await fs.writeFile(partial, JSON.stringify({ from: fromAddress(), ...message, sentAt: new Date().toISOString() }, null, 2), { mode: 0o600 });
    await fs.rename(partial, file);
    console.log(`dateline: mail to ${message.to} ("${message.subject}") written to ${file}${message.link ? `; link: ${message.link}` : ""}`);
  }
}

let mailer: Mailer | undefined;

export function getMailer(): Mailer {
  const url = env().SMTP_URL;
  mailer ??= url ? new SmtpMailer(url) : new FolderMailer();
  return mailer;
}

/** Sends a message; a mail failure is logged, never shown, so it cannot reveal whether an account exists. */
export async function sendMail(message: MailMessage): Promise<boolean> {
  try {
    await getMailer().send(message);
    return true;
  } catch (error) {
    console.error(`dateline: could not send mail "${message.subject}": ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
