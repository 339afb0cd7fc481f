// Reads the page as the user sees it (the rendered DOM, after scripts ran) from the given tab.

/** Runs inside the page: keep it self-contained, it is serialised by chrome.scripting. */
function readRenderedPage() {
  const doctype = document.doctype ? "<!DOCTYPE " + document.doctype.name + ">\n" : "";
  return {
    url: location.href,
    title: document.title,
    html: doctype + document.documentElement.outerHTML,
    selection: String(getSelection() ?? "").trim(),
  };
}

export async function grabPage(tabId) {
  const [frame] = await chrome.scripting.executeScript({ target: { tabId }, func: readRenderedPage });
  if (!frame || !frame.result) {
    throw new Error("The page could not be read.");
  }
  return frame.result;
}

export function newCapture(page) {
  return {
    captureId: crypto.randomUUID(),
    capturedAt: new Date().toISOString(),
    source: "extension",
    url: page.url,
    title: page.title,
    html: page.html,
    ...(page.selection ? { selection: page.selection } : {}),
  };
}

/** The tab's address: from the tab when the extension may see it, otherwise from the page itself. */
export async function tabUrl(tabId) {
  const tab = await chrome.tabs.get(tabId);
  if (tab.url) {
    return tab.url;
  }
  const [frame] = await chrome.scripting.executeScript({ target: { tabId }, func: () => location.href });
  return frame?.result;
}
