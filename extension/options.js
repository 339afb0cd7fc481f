// The options page: where JobCapture runs (this machine, or a shared server over https), the pairing token and
// whether saves keep a screenshot. Saving asks for the server's host permission when it needs one, and retries the outbox.

import { loadSettings, parseServiceAddress, saveSettings, serverPermission } from "./lib/settings.js";
import { whyQueued } from "./lib/wording.js";

const $ = (id) => document.getElementById(id);

function showStatus(text, tone) {
  $("status").textContent = text;
  $("status").className = "note " + tone;
  $("status").hidden = false;
  document.body.dataset.status = tone;
}

async function save() {
  const parsed = parseServiceAddress($("address").value);
  if (parsed.error) {
    showStatus(parsed.error, "failed");
    return false;
  }
  // Asked before anything else is awaited: the browser shows its prompt only during the click that saves.
  const permission = serverPermission(parsed.address);
  if (permission && !(await chrome.permissions.request(permission))) {
    showStatus("JobCapture may reach " + parsed.address + " only with your permission: save again and allow it.", "failed");
    return false;
  }
  const result = await saveSettings({ address: parsed.address, token: $("token").value, screenshot: $("screenshot").checked });
  $("address").value = result.address;
  showStatus("Saved.", "saved");
  // Pairing first: in Firefox the service accepts this extension's origin only once it has paired.
  chrome.runtime.sendMessage({ type: "test-connection" }).then(() => chrome.runtime.sendMessage({ type: "drain-now" }));
  return true;
}

async function testConnection() {
  if (!(await save())) {
    return;
  }
  showStatus("Testing…", "");
  const result = await chrome.runtime.sendMessage({ type: "test-connection" });
  if (result.ok) {
    showStatus("Connected to JobCapture " + result.version + " at " + result.address + ".", "saved");
  } else {
    showStatus("Not connected: " + whyQueued(result.reason), "failed");
  }
}

async function showRefusedCaptures() {
  const { failures } = await chrome.runtime.sendMessage({ type: "status" });
  const list = $("refused-list");
  list.replaceChildren(...(failures ?? []).map((failure) => {
    const item = document.createElement("li");
    item.textContent = (failure.title || failure.url) + " — " + failure.message + " (" + failure.failedAt + ")";
    return item;
  }));
  $("refused").hidden = list.children.length === 0;
}

async function main() {
  const settings = await loadSettings();
  $("address").value = settings.address;
  $("token").value = settings.token;
  $("screenshot").checked = settings.screenshot;
  $("settings").addEventListener("submit", (event) => {
    event.preventDefault();
    save();
  });
  $("test").addEventListener("click", () => testConnection());
  $("clear-refused").addEventListener("click", async () => {
    await chrome.runtime.sendMessage({ type: "clear-failures" });
    await showRefusedCaptures();
  });
  await showRefusedCaptures();
  document.body.dataset.ready = "true";
}

main();
