// Where the companion service runs, the token that pairs this browser with it, and whether a save keeps a screenshot.
// Only loopback addresses are accepted: the manifest grants nothing else, and pages must never leave the machine.

export const DEFAULT_ADDRESS = "http://127.0.0.1:5817";

const LOOPBACK_HOSTS = ["127.0.0.1", "localhost"];

/** Checks a typed address; answers { address } normalised to "http://host:port", or { error }. */
export function parseServiceAddress(text) {
  let url;
  try {
    url = new URL(String(text ?? "").trim());
  } catch {
    return { error: "Enter an address such as " + DEFAULT_ADDRESS + "." };
  }
  if (url.protocol !== "http:") {
    return { error: "JobCapture runs on plain http on this machine (" + DEFAULT_ADDRESS + ")." };
  }
  if (!LOOPBACK_HOSTS.includes(url.hostname)) {
    return { error: "Only this machine is allowed: use 127.0.0.1 or localhost." };
  }
  if (url.username || url.password || (url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
    return { error: "Enter only the scheme, host and port, e.g. " + DEFAULT_ADDRESS + "." };
  }
  return { address: url.origin };
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
