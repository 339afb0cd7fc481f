// Where the companion service runs, the token that pairs this browser with it, and whether a save keeps a screenshot.
// JobCapture on this machine answers on plain http at 127.0.0.1 or localhost; a shared JobCapture server elsewhere
// only over https, so pages and tokens never cross a network in the clear. The manifest grants the loopback
// addresses; a server's origin is asked for at run time (serverPermission, from the options page).

export const DEFAULT_ADDRESS = "http://127.0.0.1:5817";

const LOOPBACK_HOSTS = ["127.0.0.1", "localhost"];

/** Checks a typed address; answers { address } normalised to "scheme://host[:port]", or { error }. */
export function parseServiceAddress(text) {
  let url;
  try {
    url = new URL(String(text ?? "").trim());
  } catch {
    return { error: "Enter an address such as " + DEFAULT_ADDRESS + " or https://jobs.example.org." };
  }
  if (url.protocol === "http:" && !isLoopback(url)) {
    return { error: "A JobCapture server on another machine needs https:// (plain http is only for 127.0.0.1 or localhost): pages and your token would cross the network unencrypted." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { error: "Enter an http:// address on this machine or an https:// server, e.g. " + DEFAULT_ADDRESS + "." };
  }
  if (url.username || url.password || (url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
    return { error: "Enter only the scheme, host and port, e.g. " + DEFAULT_ADDRESS + "." };
  }
  return { address: url.origin };
}

/**
 * The host permission a parsed address needs beyond the manifest's, as chrome.permissions takes it, or null for a
 * loopback address. Match patterns leave out the port: the permission covers the host.
 */
export function serverPermission(address) {
  const url = new URL(address);
  return isLoopback(url) && url.protocol === "http:" ? null : { origins: [url.protocol + "//" + url.hostname + "/*"] };
}

function isLoopback(url) {
  return LOOPBACK_HOSTS.includes(url.hostname);
}

export async function loadSettings() {
  const stored = await chrome.storage.local.get(["serviceAddress", "pairingToken", "keepScreenshot"]);
  const parsed = parseServiceAddress(stored.serviceAddress ?? DEFAULT_ADDRESS);
  return { address: parsed.address ?? DEFAULT_ADDRESS, token: (stored.pairingToken ?? "").trim(), screenshot: stored.keepScreenshot === true };
}

export async function saveSettings({ address, token, screenshot }) {
  const parsed = parseServiceAddress(address);
  if (parsed.error) {
    return parsed;
  }
  await chrome.storage.local.set({ serviceAddress: parsed.address, pairingToken: String(token ?? "").trim(), keepScreenshot: screenshot === true });
  return parsed;
}
