import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDateline, formatShortTime } from "./format";

test("formatDateline uses the publication's time zone", () => {
  const d = new Date("2008-05-22T10:09:00Z");
  assert.equal(formatDateline(d, "Europe/Moscow"), "22 May, 2008 14:09");
  assert.equal(formatDateline(d, "UTC"), "22 May, 2008 10:09");
  assert.equal(formatDateline(new Date("2026-01-01T00:05:00Z"), "America/New_York"), "31 December, 2025 19:05");
});

test("formatShortTime shows the time today and the date otherwise", () => {
  const now = new Date("2026-11-28T12:00:00Z");
  assert.equal(formatShortTime(new Date("2026-11-28T08:30:00Z"), "UTC", now), "08:30");
  assert.equal(formatShortTime(new Date("2026-11-27T23:30:00Z"), "UTC", now), "27 Nov");
  assert.equal(formatShortTime(new Date("2026-11-27T23:30:00Z"), "Europe/Moscow", now), "02:30");
});

test("newsroom schedule times are wall-clock times in the publication's zone", async () => {
  const { zonedTimeToDate, dateToZonedInput } = await import("./format");
  assert.equal(zonedTimeToDate("2026-07-01T09:30", "Europe/London")?.toISOString(), "2026-07-01T08:30:00.000Z");
  assert.equal(zonedTimeToDate("2026-12-01T09:30", "Europe/London")?.toISOString(), "2026-12-01T09:30:00.000Z");
  assert.equal(zonedTimeToDate("2026-12-01T09:30", "Asia/Tokyo")?.toISOString(), "2026-12-01T00:30:00.000Z");
  assert.equal(zonedTimeToDate("2026-02-30T09:30", "Europe/London"), null);
  assert.equal(zonedTimeToDate("tomorrow", "Europe/London"), null);
  assert.equal(dateToZonedInput(new Date("2026-07-01T08:30:00Z"), "Europe/London"), "2026-07-01T09:30");
});
