// What the extension does, whichever way it was asked (popup, shortcut, context menu, alarm):
// save a tab, drain the outbox, look up whether a tab's posting is saved, test the connection.

import { showFailed, showQueuedCount, showSaved } from "./badge.js";
import { grabPage, newCapture, tabUrl } from "./capture.js";
import { clearFailures, drain, enqueue, failures, latestOutcome, queuedIds } from "./outbox.js";
import { checkResponder, lookupPosting, pairExtension, sendCapture } from "./service.js";
import { loadSettings } from "./settings.js";

/** Saves the page in the tab: into the outbox first, then drained. Answers the outcome for this capture. */
export async function saveTab(tabId) {
  const capture = newCapture(await grabPage(tabId));
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
  const url = await tabUrl(tabId);
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
  if (answer.body.saved) {
    await showSaved(tabId);
  }
  return answer.body;
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
