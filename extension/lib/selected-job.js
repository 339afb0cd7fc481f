// Single-page job boards show a list of jobs beside the selected one and name the selected job in the address
// (LinkedIn's ?currentJobId=, Indeed's ?vjk=). The posting is that job: its own address and its detail pane,
// not the list page around it.

/** Where the detail pane of a list-plus-detail view sits on the boards we know, most specific first. */
export const DETAIL_PANE_SELECTORS = [
  ".jobs-search__job-details--wrapper",
  ".jobs-search__job-details",
  "#jobsearch-ViewjobPaneWrapper",
  ".jobsearch-RightPane",
  "[data-job-details]",
];

const BOARDS = [
  {
    host: /(^|\.)linkedin\.com$/,
    idParameter: "currentJobId",
    postingUrl: (url, id) => url.origin + "/jobs/view/" + encodeURIComponent(id) + "/",
  },
  {
    host: /(^|\.)indeed\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/,
    idParameter: "vjk",
    postingUrl: (url, id) => url.origin + "/viewjob?jk=" + encodeURIComponent(id),
  },
];

/** The address of the job the page shows: a known board's posting address for the selected job, else the page's own. */
export function postingUrlFor(pageUrl) {
  let url;
  try {
    url = new URL(pageUrl);
  } catch {
    return pageUrl;
  }
  for (const board of BOARDS) {
    const id = url.searchParams.get(board.idParameter)?.trim();
    if (id && board.host.test(url.hostname.toLowerCase())) {
      return board.postingUrl(url, id);
    }
  }
  return pageUrl;
}

/**
 * The detail pane as a page of its own: its title, the page's address as base for relative links, and the posting's
 * address as canonical (a split view names the list as canonical, which would file every job under the list).
 */
export function detailDocument({ paneHtml, title, language, pageUrl, postingUrl }) {
  return "<!DOCTYPE html>\n<html" + (language ? ' lang="' + escapeAttribute(language) + '"' : "") + "><head>"
    + '<meta charset="utf-8"><title>' + escapeText(title) + "</title>"
    + '<base href="' + escapeAttribute(pageUrl) + '"><link rel="canonical" href="' + escapeAttribute(postingUrl) + '">'
    + "</head><body>" + paneHtml + "</body></html>";
}

function escapeText(text) {
  return String(text ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text) {
  return escapeText(text).replace(/"/g, "&quot;");
}
