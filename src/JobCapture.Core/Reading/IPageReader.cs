namespace JobCapture.Core.Reading;

public interface IPageReader
{
    PageContent ReadHtml(string html, string? url);

    PageContent ReadText(string text);
}
