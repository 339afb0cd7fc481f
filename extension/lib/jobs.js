// What the extension does, whichever way it was asked (popup, shortcut, context menu, alarm):
// save a tab, drain the outbox, look up whether a tab's posting is saved (again when the page shows another job),
// test the connection.

import { clearTabMark, showFailed, showQueuedCount, showSaved } from "./badge.js";
import { grabPage, grabScreenshot, newCapture, tabPostingUrl } from "./capture.js";
import { clearFailures, drain, enqueue, failures, latestOutcome, queuedIds } from "./outbox.js";
import { postingUrlFor } from "./selected-job.js";
import { checkResponder, lookupPosting, pairExtension, sendCapture } from "./service.js";
import { loadSettings } from "./settings.js";

/** Saves the page in the tab: into the outbox first, then drained. Answers the outcome for this capture. */
export async function saveTab(tabId) {
  const page = await grabPage(tabId);
  const { screenshot } = await loadSettings();
  const capture = newCapture(page, screenshot ? await grabScreenshot(tabId) : null);
  await enqueue(capture);
  await drainOutbox();
  const outcome = latestOutcome(capture.captureId) ?? { kind: "queued", reason: "waiting" };
  if (outcome.kind === "delivered") {
    await showSaved(tabId);
  } else if (outcome.kind === "rejected") {
    await showFailed(tabId);
  }
  return { ...outcome, queuedCount: (await queuedIds()).length };
}

/** Sends what is queued, if the responder proves it is JobCapture; keeps the badge count current. */
export async function drainOutbox() {
  const outcomes = await drain(openDelivery);
  await showQueuedCount((await queuedIds()).length);
  return outcomes;
}

async function openDelivery() {
  const settings = await loadSettings();
  const check = await checkResponder(settings);
  return check.ok ? { send: (capture) => sendCapture(settings, capture) } : { blocked: check.reason };
}

/** Whether the tab's posting is already in JobCapture: { saved, title, phoneVerdict, phoneWording } or { unknown: reason }. */
export async function lookupTab(tabId) {
  const lookup = await lookupPostingAt(await tabPostingUrl(tabId));
  if (lookup.saved) {
    await showSaved(tabId);
  }
  return lookup;
}

async function lookupPostingAt(url) {
  if (!url || !/^https?:|^file:/.test(url)) {
    return { unknown: "not-a-page" };
  }
  const settings = await loadSettings();
  const check = await checkResponder(settings);
  if (!check.ok) {
    return { unknown: check.reason };
  }
  // JobCapture answers: a good moment to send whatever waited in the outbox.
  drainOutbox().catch((error) => console.warn("JobCapture: drain failed", error));
  const answer = await lookupPosting(settings, url);
  if (!answer.ok || !answer.body) {
    return { unknown: answer.reached ? "status-" + answer.status : answer.reason };
  }
  return answer.body;
}

const shownUrls = new Map();

/**
 * The page in the tab showed another job without loading (history API: split views that list jobs on one side and
 * show the selected one on the other). The tab's mark was for the job shown before; it follows the job shown now.
 * An answer that arrives after the page moved on again is dropped, so a slow look-up cannot mark the wrong job.
 */
export async function followJobChange(tabId, pageUrl) {
  const url = postingUrlFor(pageUrl);
  shownUrls.set(tabId, url);
  const lookup = await lookupPostingAt(url).catch((error) => ({ unknown: String(error?.message ?? error) }));
  if (shownUrls.get(tabId) !== url) {
    return lookup;
  }
  shownUrls.delete(tabId);
  await (lookup.saved ? showSaved(tabId) : clearTabMark(tabId));
  return lookup;
}

/** Checks the responder, then pairs this browser with it (only after the proof, so the token goes nowhere else). */
export async function testConnection() {
  const settings = await loadSettings();
  const check = await checkResponder(settings);
  if (!check.ok) {
    return { address: settings.address, ...check };
  }
  const pairing = await pairExtension(settings);
  return pairing.ok ? { address: settings.address, ...check } : { address: settings.address, ok: false, reason: "not-paired" };
}

/** How many captures wait, and the ones JobCapture refused for good (newest first). */
export async function status() {
  return { queuedCount: (await queuedIds()).length, failures: await failures() };
}

export { clearFailures };
