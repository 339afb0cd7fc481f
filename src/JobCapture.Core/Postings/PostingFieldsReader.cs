using System.Text.Json;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>
/// Puts the posting's fields together from its sources in order of trust: JSON-LD JobPosting, microdata, the job
/// board's markup, then the page's headings and title tags (<see cref="PageEmployer"/> for the employer). A field
/// takes the first source that states it; a job board's own name is never the company.
/// </summary>
internal static class PostingFieldsReader
{
    public static PostingFields Read(PageScan scan, JsonElement? jsonLdPosting, string description, string? capturedUrl)
    {
        var structured = jsonLdPosting is { } posting ? JsonLdFields.From(posting) : PostingFields.Empty;
        var stated = structured.Or(MicrodataFields.From(scan));
        var fields = stated.Or(PageFields.FromMarkup(scan));
        var canonical = PageIdentity.CanonicalUrl(scan, structured.CanonicalUrl, capturedUrl);
        fields = WithTitleAndEmployer(scan, fields, companyFromMarkup: stated.Company.Length == 0, description,
            [canonical, capturedUrl ?? "", scan.Meta.GetValueOrDefault("og:url", "")]);
        return fields with
        {
            Description = description,
            CanonicalUrl = canonical,
            // A results page's URL carries numbers too (/jobs/in-40210); only a page that is a posting has a job id.
            JobId = fields.JobId.Length > 0 || fields.Title.Length == 0 ? fields.JobId : IdFromUrls(canonical, capturedUrl),
            Remote = fields.Remote.Length > 0 ? fields.Remote : FieldWords.Default.WorkPlaceIn($"{fields.Title} | {fields.Location} | {fields.EmploymentType}"),
        };
    }

    /// <summary>The title from the headings when no better source has one, and the employer from the page when none
    /// names it.</summary>
    private static PostingFields WithTitleAndEmployer(PageScan scan, PostingFields fields, bool companyFromMarkup, string description, string[] urls)
    {
        var title = PageFields.TitleFromHeadings(scan, fields.Title, urls);
        if (companyFromMarkup && PageEmployer.CompanyFieldOfPosting(scan, title, fields.Company) is { } posting)
        {
            // The board's company class on the cards of similar jobs too: a card's name is not the posting's employer.
            fields = fields with { Company = posting };
        }

        var company = EmployerWords.Default.NameInBlock(fields.Company, CompanyFieldImage(scan, fields)) is var named && EmployerWords.Default.IsNotEmployer(named) ? "" : named;
        // A board's word for an employer it keeps unnamed ("Empresa confidencial") leaves the page's other names unread.
        if (company.Length == 0 && !EmployerWords.Default.IsUndisclosed(fields.Company.Trim()))
        {
            var text = string.Join('\n', PageFields.Descriptions(scan).Prepend(description).Prepend(scan.Text));
            company = PageEmployer.Find(scan, title, fields.Location, text, urls);
        }

        return fields with
        {
            Title = fields.Title.Length > 0 ? fields.Title : PageEmployer.TitleWithout(title, company),
            Company = company,
        };
    }

    /// <summary>The logo inside the board's company element, when the company came from it.</summary>
    private static string CompanyFieldImage(PageScan scan, PostingFields fields) =>
        scan.MarkupFields.GetValueOrDefault(MarkupField.Company) is { } markup && markup.Contains(fields.Company, StringComparison.Ordinal)
            ? scan.MarkupFieldImages.GetValueOrDefault(MarkupField.Company, "") : "";

    private static string IdFromUrls(string canonical, string? capturedUrl) =>
        PageIdentity.JobIdFromUrl(canonical) is { Length: > 0 } id ? id : PageIdentity.JobIdFromUrl(capturedUrl ?? "");
}
