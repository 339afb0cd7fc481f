// Everything the extension says to the companion service goes through callService: one place that adds the
// client version header, the token, a timeout, and reads the service's version header.
// Before a token or a page is sent, checkResponder makes sure the program on the port really is JobCapture.

import { expectedProof, randomNonce, sameProof, tokenKey } from "./proof.js";

export const SERVICE_NAME = "jobcapture";
export const VERSION_HEADER = "X-JobCapture-Version";
export const CLIENT_HEADER = "X-JobCapture-Client";

const TIMEOUTS_MS = { check: 3000, lookup: 5000, capture: 30000 };

/**
 * Calls the service. Answers { reached: true, status, ok, version, body } or { reached: false, reason }
 * where reason is "timeout" or "unreachable". Never throws for network trouble.
 */
export async function callService(settings, path, { method = "GET", body, withToken = false, timeoutMs = TIMEOUTS_MS.lookup } = {}) {
  const headers = { [CLIENT_HEADER]: "extension/" + chrome.runtime.getManifest().version, Accept: "application/json" };
  if (withToken) {
    headers.Authorization = "Bearer " + settings.token;
  }
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(settings.address + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: abort.signal,
      credentials: "omit",
      cache: "no-store",
      redirect: "error",
    });
    return {
      reached: true,
      status: response.status,
      ok: response.ok,
      version: response.headers.get(VERSION_HEADER),
      body: await readJson(response),
    };
  } catch (error) {
    return { reached: false, reason: abort.signal.aborted ? "timeout" : "unreachable", detail: String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Answers { ok: true, version } when the responder is JobCapture and knows our token; otherwise
 * { ok: false, reason } with reason "no-token", "unreachable", "timeout" or "not-jobcapture".
 */
export async function checkResponder(settings) {
  if (!settings.token) {
    return { ok: false, reason: "no-token" };
  }
  const nonce = randomNonce();
  const key = await tokenKey(settings.token);
  const account = await tokenKey(key);
  const answer = await callService(settings, "/api/hello?nonce=" + nonce + "&account=" + account, { timeoutMs: TIMEOUTS_MS.check });
  if (!answer.reached) {
    return { ok: false, reason: answer.reason };
  }
  const hello = answer.body ?? {};
  const proven = answer.ok && answer.version && hello.service === SERVICE_NAME
    && sameProof(String(hello.proof ?? ""), await expectedProof(key, nonce));
  return proven ? { ok: true, version: answer.version } : { ok: false, reason: "not-jobcapture" };
}

export function sendCapture(settings, capture) {
  return callService(settings, "/api/captures", { method: "POST", body: capture, withToken: true, timeoutMs: TIMEOUTS_MS.capture });
}

/** Tells the service this extension's origin: Firefox gives every install its own moz-extension:// address. */
export function pairExtension(settings) {
  return callService(settings, "/api/pairing", { method: "POST", body: {}, withToken: true, timeoutMs: TIMEOUTS_MS.check });
}

export function lookupPosting(settings, url) {
  return callService(settings, "/api/postings/lookup?url=" + encodeURIComponent(url), { withToken: true });
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
