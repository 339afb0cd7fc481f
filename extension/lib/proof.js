// The responder check: the real service proves it knows the pairing token by answering
// HMAC-SHA256(key = token, message = our nonce). A stand-in server on the port cannot.

const encoder = new TextEncoder();

export function randomNonce() {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

export async function expectedProof(token, nonce) {
  const key = await crypto.subtle.importKey("raw", encoder.encode(token), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return toHex(new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(nonce))));
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
