namespace JobCapture.Core.Reading;

public interface IPageReader
{
    PageContent ReadHtml(string html, string? url, CancellationToken cancellationToken = default);

    PageContent ReadText(string text);
}
