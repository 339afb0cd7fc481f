// The responder check: the real service proves it knows the pairing token by answering
// HMAC-SHA256(key = the token's SHA-256, message = our nonce). A stand-in server on the port cannot.
// A shared server keeps users' tokens only as their SHA-256, so that is the key; the request names the account
// by the SHA-256 of that key, which reveals neither.

const encoder = new TextEncoder();

export function randomNonce() {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

/** The hex SHA-256 of a token: the proof's key. Applied to the key, it names the account to /api/hello. */
export async function tokenKey(text) {
  return toHex(new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(text))));
}

export async function expectedProof(key, nonce) {
  const hmacKey = await crypto.subtle.importKey("raw", encoder.encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return toHex(new Uint8Array(await crypto.subtle.sign("HMAC", hmacKey, encoder.encode(nonce))));
}

/** Compares every character, so the time taken does not depend on where two proofs differ. */
export function sameProof(a, b) {
  if (typeof a !== "string" || typeof b !== "string" || a.length !== b.length) {
    return false;
  }
  let difference = 0;
  for (let i = 0; i < a.length; i++) {
    difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return difference === 0;
}

function toHex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
