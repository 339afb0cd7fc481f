// The service worker: wires browser events to the extension's jobs and nothing more.

import { clearFailures, drainOutbox, followJobChange, lookupTab, saveTab, status, testConnection } from "./lib/jobs.js";

const DRAIN_ALARM = "drain-outbox";
// Released Chrome fires alarms at most every 30 seconds; the outbox also drains on startup and on every save.
const DRAIN_PERIOD_MINUTES = 0.5;
const SAVE_MENU_ID = "save-job";

const messageHandlers = {
  save: (message) => saveTab(message.tabId),
  lookup: (message) => lookupTab(message.tabId),
  "drain-now": async () => Object.fromEntries(await drainOutbox()),
  "test-connection": () => testConnection(),
  status: () => status(),
  "clear-failures": () => clearFailures(),
};

chrome.runtime.onInstalled.addListener(async () => {
  // onInstalled also runs on updates, when the menu item already exists.
  await chrome.contextMenus.removeAll();
  chrome.contextMenus.create({ id: SAVE_MENU_ID, title: "Save job to JobCapture", contexts: ["page", "selection"] });
});

chrome.runtime.onStartup.addListener(() => drainOutbox());

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === DRAIN_ALARM) {
    return drainOutbox();
  }
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) {
    saveTab(tab.id).catch((error) => console.warn("JobCapture: save failed", error));
  }
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === "save-job" && tab?.id !== undefined) {
    saveTab(tab.id).catch((error) => console.warn("JobCapture: save failed", error));
  }
});

// A single-page job board that shows another job changes the address without loading a page: with the history API
// (pushState, replaceState, back and forward between its own entries) or, on boards that route by fragment, the
// part after "#" ("#/jobs/12"). The tab's "saved" mark must follow the job shown.
function followTopFrame(details) {
  if (details.frameId === 0) {
    followJobChange(details.tabId, details.url).catch((error) => console.warn("JobCapture: lookup after a job change failed", error));
  }
}
chrome.webNavigation.onHistoryStateUpdated.addListener(followTopFrame);
chrome.webNavigation.onReferenceFragmentUpdated.addListener(followTopFrame);

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const handle = sender.id === chrome.runtime.id ? messageHandlers[message?.type] : undefined;
  if (!handle) {
    return false;
  }
  handle(message).then(reply, (error) => reply({ kind: "error", message: String(error?.message ?? error) }));
  return true;
});

async function ensureDrainAlarm() {
  if (!(await chrome.alarms.get(DRAIN_ALARM))) {
    await chrome.alarms.create(DRAIN_ALARM, { periodInMinutes: DRAIN_PERIOD_MINUTES });
  }
}

// Every time the worker starts (browser start, alarm, message) the alarm is made sure of and the queue retried.
ensureDrainAlarm().then(() => drainOutbox()).catch((error) => console.warn("JobCapture: drain failed", error));
