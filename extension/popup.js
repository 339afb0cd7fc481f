// The popup: "Save job" for the tab it was opened on, and what JobCapture made of the posting.
// popup.html?tabId=N names the tab explicitly (used when the popup is opened in a tab of its own, e.g. by tests).

import { QUEUED_MESSAGE, contactLine, phoneLine, whyQueued } from "./lib/wording.js";

const $ = (id) => document.getElementById(id);

async function targetTabId() {
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get("tabId") ?? "", 10);
  if (Number.isInteger(fromQuery)) {
    return fromQuery;
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function showStatus(text, tone) {
  $("status").textContent = text;
  $("status").className = "note " + tone;
  $("status").hidden = false;
}

function showPosting(response) {
  $("posting-title").textContent = response.title || "Untitled posting";
  $("company").textContent = response.company || "";
  $("phone").textContent = phoneLine(response.phone);
  $("summary").textContent = response.summary || "";
  const contacts = response.contacts ?? [];
  $("contacts").replaceChildren(...contacts.map((contact) => {
    const item = document.createElement("li");
    item.textContent = contactLine(contact);
    return item;
  }));
  $("contacts").hidden = contacts.length === 0;
  if (/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(response.dashboardUrl ?? "")) {
    $("dashboard-link").href = response.dashboardUrl;
    $("dashboard-link").hidden = false;
  }
  $("result").hidden = false;
}

function savedWords(response) {
  if (response.wasDuplicate) return "Already saved; nothing changed.";
  if (response.isNewPosting) return "Saved.";
  return response.joinedPosting ? "Saved with the same job you saved from another site." : "Saved a new snapshot.";
}

function showOutcome(outcome) {
  document.body.dataset.outcome = outcome.kind;
  if (outcome.kind === "delivered") {
    const response = outcome.response ?? {};
    showStatus(savedWords(response), "saved");
    showPosting(response);
  } else if (outcome.kind === "queued") {
    showStatus(QUEUED_MESSAGE + " " + whyQueued(outcome.reason) + " (" + outcome.queuedCount + " waiting)", "queued");
  } else if (outcome.kind === "rejected") {
    showStatus("JobCapture refused this page: " + outcome.failure.message, "failed");
  } else {
    showStatus("Could not save this page: " + outcome.message, "failed");
  }
}

async function save(tabId) {
  $("save").disabled = true;
  showStatus("Saving…", "");
  try {
    showOutcome(await chrome.runtime.sendMessage({ type: "save", tabId }));
  } finally {
    $("save").disabled = false;
  }
}

async function showWhetherSaved(tabId) {
  const lookup = await chrome.runtime.sendMessage({ type: "lookup", tabId });
  if (lookup?.saved) {
    const phone = lookup.phoneWording ? " · Phone: " + lookup.phoneWording : "";
    $("already-saved").textContent = "Already saved: " + (lookup.title || "this posting") + phone;
    $("already-saved").hidden = false;
  }
  document.body.dataset.lookup = lookup?.saved ? "saved" : "not-saved";
}

async function showEarlierFailures() {
  const { failures } = await chrome.runtime.sendMessage({ type: "status" });
  if (failures?.length) {
    $("earlier-failures").textContent = failures.length + " capture(s) were refused by JobCapture; see Settings for why.";
    $("earlier-failures").hidden = false;
  }
}

async function main() {
  const tabId = await targetTabId();
  $("open-options").addEventListener("click", (event) => {
    event.preventDefault();
    chrome.runtime.openOptionsPage();
  });
  if (tabId === undefined) {
    $("save").disabled = true;
    showStatus("No page to save.", "failed");
    return;
  }
  $("save").addEventListener("click", () => save(tabId));
  await Promise.all([showWhetherSaved(tabId), showEarlierFailures()]);
}

main();
