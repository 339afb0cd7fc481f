// How verdicts are worded for people (the service's terminal output uses the same words).

export const PHONE_VERDICT_WORDS = {
  forbidden: "don't call",
  discouraged: "better not call",
  allowed: "one short call is fine",
  invited: "calls welcome",
};

export const QUEUED_MESSAGE = "Queued, will be sent when JobCapture runs.";

export const WHY_QUEUED = {
  "no-token": "Paste the pairing token in the extension's settings (the dashboard shows it under \"Connect the extension\").",
  unreachable: "JobCapture is not running.",
  timeout: "JobCapture did not answer in time.",
  "not-jobcapture": "The program at this address is not JobCapture, or the pairing token is wrong.",
  "not-paired": "JobCapture does not accept this browser yet: open the extension's settings and press \"Test connection\".",
};

export function phoneWords(verdict) {
  return PHONE_VERDICT_WORDS[verdict] ?? verdict;
}

/** e.g. "Phone: don't call — 'No phone calls, please.'" */
export function phoneLine(phone) {
  if (!phone) {
    return "";
  }
  const words = phoneWords(phone.verdict);
  const limit = phone.limit ? " (" + phone.limit + ")" : "";
  const evidence = phone.evidence ? " — '" + phone.evidence + "'" : "";
  return "Phone: " + words + limit + evidence;
}

export function whyQueued(reason) {
  return WHY_QUEUED[reason] ?? "JobCapture could not take it now (" + reason + ").";
}

export const CONTACT_KIND_WORDS = {
  email: "Email",
  phone: "Phone",
  person: "Person",
  profile: "Profile",
};

export const ROLE_WORDS = {
  hiringManager: "hiring manager",
  recruiter: "recruiter",
  hr: "HR",
};

/** e.g. "Email: dana@acme.example (Dana Lee, hiring manager)" */
export function contactLine(contact) {
  const kind = CONTACT_KIND_WORDS[contact.kind] ?? contact.kind;
  const who = [contact.name, ROLE_WORDS[contact.role]].filter(Boolean).join(", ");
  const value = contact.kind === "person" ? contact.name ?? contact.value : contact.value;
  return kind + ": " + value + (who && contact.kind !== "person" ? " (" + who + ")" : "");
}
