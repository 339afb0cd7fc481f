// Reads the page as the user sees it (the rendered DOM, after scripts ran) from the given tab. On a list-plus-detail
// view it reads the selected job's detail pane and files it under that job's address.

import { DETAIL_PANE_SELECTORS, detailDocument, postingUrlFor } from "./selected-job.js";

/** Runs inside the page: keep it self-contained, it is serialised by chrome.scripting. */
function readRenderedPage(paneSelectors) {
  // A pane with no job in it yet (nothing selected) is no posting: the page is read whole then.
  const pane = paneSelectors.map((selector) => document.querySelector(selector)).find((element) => element?.textContent.trim());
  const doctype = document.doctype ? "<!DOCTYPE " + document.doctype.name + ">\n" : "";
  const heading = pane?.querySelector("h1, h2")?.textContent.trim();
  return {
    url: location.href,
    title: heading || document.title,
    language: document.documentElement.lang,
    html: pane ? null : doctype + document.documentElement.outerHTML,
    paneHtml: pane ? pane.outerHTML : null,
    selection: String(getSelection() ?? "").trim(),
  };
}

/** The page in the tab as { url, title, html, selection }: the detail pane alone when the page shows one. */
export async function grabPage(tabId) {
  const [frame] = await chrome.scripting.executeScript({ target: { tabId }, func: readRenderedPage, args: [DETAIL_PANE_SELECTORS] });
  if (!frame || !frame.result) {
    throw new Error("The page could not be read.");
  }
  const page = frame.result;
  const url = postingUrlFor(page.url);
  const html = page.paneHtml === null ? page.html : detailDocument({ ...page, pageUrl: page.url, postingUrl: url });
  return { url, title: page.title, html, selection: page.selection };
}

/** A visible-area PNG of the tab, as base64; null when the tab is not the one shown or the browser refuses. */
export async function grabScreenshot(tabId) {
  const tab = await chrome.tabs.get(tabId);
  if (!tab.active) {
    return null;
  }
  try {
    const dataUrl = await chrome.tabs.captureVisibleTab(tab.windowId, { format: "png" });
    return dataUrl.slice(dataUrl.indexOf(",") + 1);
  } catch (error) {
    console.warn("JobCapture: no screenshot", error);
    return null;
  }
}

export function newCapture(page, screenshot) {
  return {
    captureId: crypto.randomUUID(),
    capturedAt: new Date().toISOString(),
    source: "extension",
    url: page.url,
    title: page.title,
    html: page.html,
    ...(page.selection ? { selection: page.selection } : {}),
    ...(screenshot ? { screenshot } : {}),
  };
}

/** The address of the job the tab shows: from the tab when the extension may see it, otherwise from the page itself. */
export async function tabPostingUrl(tabId) {
  const tab = await chrome.tabs.get(tabId);
  if (tab.url) {
    return postingUrlFor(tab.url);
  }
  const [frame] = await chrome.scripting.executeScript({ target: { tabId }, func: () => location.href });
  return frame?.result && postingUrlFor(frame.result);
}
