// The toolbar badge: the number of queued captures everywhere, a check mark on a tab whose posting is saved.

const COLORS = { queued: "#b45309", saved: "#15803d", failed: "#b91c1c" };

export async function showQueuedCount(count) {
  await chrome.action.setBadgeBackgroundColor({ color: COLORS.queued });
  await chrome.action.setBadgeText({ text: count > 0 ? String(count) : "" });
}

export async function showSaved(tabId) {
  await chrome.action.setBadgeBackgroundColor({ tabId, color: COLORS.saved });
  await chrome.action.setBadgeText({ tabId, text: "✓" });
}

export async function showFailed(tabId) {
  await chrome.action.setBadgeBackgroundColor({ tabId, color: COLORS.failed });
  await chrome.action.setBadgeText({ tabId, text: "!" });
}

/** Takes the tab's own mark away, so the tab shows the count every tab shows. */
export async function clearTabMark(tabId) {
  await chrome.action.setBadgeText({ tabId, text: null });
}
