// The outbox: a capture is written to extension storage BEFORE it is sent and removed only after the service
// answered 2xx, so closing the browser, a stopped service worker or a stopped service never loses it.
// Captures are sent oldest first, one drain at a time; the captureId makes a resend idempotent on the service.

const ORDER_KEY = "outbox";
const FAILURES_KEY = "outboxFailures";
const MAX_FAILURES_KEPT = 20;
const captureKey = (captureId) => "capture:" + captureId;

// A status that will not change by sending the same capture again (401: the token may be fixed in the options;
// 403: this Firefox install has not paired yet, which the options page does; 408 and 429: the service was busy).
const RETRYABLE_CLIENT_ERRORS = [401, 403, 408, 429];

/** What to do with a capture after one delivery attempt. */
export function classify(answer) {
  if (answer.reached && answer.ok) {
    return "delivered";
  }
  if (answer.reached && answer.status >= 400 && answer.status < 500 && !RETRYABLE_CLIENT_ERRORS.includes(answer.status)) {
    return "rejected";
  }
  return "retry";
}

let storageChain = Promise.resolve();
const recentOutcomes = new Map();
const RECENT_OUTCOMES_KEPT = 50;
let drainChain = Promise.resolve();

/** Runs storage read-modify-writes one after another, so an enqueue never races a removal. */
function serialized(step) {
  const run = storageChain.then(step);
  storageChain = run.catch(() => {});
  return run;
}

export function enqueue(capture) {
  return serialized(async () => {
    const order = await queuedIds();
    await chrome.storage.local.set({ [captureKey(capture.captureId)]: capture, [ORDER_KEY]: [...order, capture.captureId] });
    return order.length + 1;
  });
}

export async function queuedIds() {
  const stored = await chrome.storage.local.get(ORDER_KEY);
  return stored[ORDER_KEY] ?? [];
}

export async function failures() {
  const stored = await chrome.storage.local.get(FAILURES_KEY);
  return stored[FAILURES_KEY] ?? [];
}

export function clearFailures() {
  return serialized(() => chrome.storage.local.remove(FAILURES_KEY));
}

function remove(captureId) {
  return serialized(async () => {
    const order = await queuedIds();
    await chrome.storage.local.set({ [ORDER_KEY]: order.filter((id) => id !== captureId) });
    await chrome.storage.local.remove(captureKey(captureId));
  });
}

function recordFailure(capture, answer) {
  return serialized(async () => {
    const failure = {
      captureId: capture.captureId,
      url: capture.url,
      title: capture.title,
      status: answer.status,
      message: describeRefusal(answer),
      failedAt: new Date().toISOString(),
    };
    await chrome.storage.local.set({ [FAILURES_KEY]: [failure, ...(await failures())].slice(0, MAX_FAILURES_KEPT) });
    return failure;
  });
}

/**
 * Sends queued captures in order with deliver(capture) → answer of callService. Stops at the first capture that
 * cannot be delivered now, so later captures never overtake it. Answers a Map captureId → outcome for this run.
 * Drains never overlap: a second call waits for the first and then sends whatever is still queued.
 */
export function drain(openDelivery) {
  const run = drainChain.then(() => drainOnce(openDelivery)).then(remember);
  drainChain = run.catch(() => {});
  return run;
}

/** The latest outcome for a capture, whichever drain sent it (a save may be sent by an alarm's drain). */
export function latestOutcome(captureId) {
  return recentOutcomes.get(captureId);
}

function remember(outcomes) {
  for (const [captureId, outcome] of outcomes) {
    recentOutcomes.delete(captureId);
    recentOutcomes.set(captureId, outcome);
  }
  for (const oldest of recentOutcomes.keys()) {
    if (recentOutcomes.size <= RECENT_OUTCOMES_KEPT) {
      break;
    }
    recentOutcomes.delete(oldest);
  }
  return outcomes;
}

async function drainOnce(openDelivery) {
  const outcomes = new Map();
  const order = await queuedIds();
  let deliver = null;
  for (let i = 0; i < order.length; i++) {
    const captureId = order[i];
    const capture = (await chrome.storage.local.get(captureKey(captureId)))[captureKey(captureId)];
    if (!capture) {
      await remove(captureId);
      continue;
    }
    deliver ??= await openDelivery();
    const answer = deliver.blocked ? null : await deliver.send(capture);
    const kind = answer ? classify(answer) : "retry";
    if (kind === "delivered") {
      await remove(captureId);
      outcomes.set(captureId, { kind, response: answer.body });
    } else if (kind === "rejected") {
      await remove(captureId);
      outcomes.set(captureId, { kind, failure: await recordFailure(capture, answer) });
    } else {
      // What stops this capture stops the ones behind it too: they stay queued, in order, for the next drain.
      const reason = deliver.blocked ?? (answer.reached ? "status-" + answer.status : answer.reason);
      order.slice(i).forEach((waitingId) => outcomes.set(waitingId, { kind: "queued", reason }));
      break;
    }
  }
  return outcomes;
}

function describeRefusal(answer) {
  const body = answer.body ?? {};
  const details = body.errors ? Object.values(body.errors).flat().join(" ") : "";
  return [body.title ?? body.detail ?? body.error ?? "Refused with status " + answer.status, details].filter(Boolean).join(" ");
}
