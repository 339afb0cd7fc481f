using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JobCapture.Core.Reading;

/// <summary>Reads a page once with AngleSharp: the visible text with block boundaries, its sentences, the fields
/// of structured data and the anchors that may hold contacts.</summary>
public sealed class PageReader : IPageReader
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "svg", "iframe", "object", "head", "select", "option",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "table",
        "section", "article", "header", "footer", "nav", "aside", "main", "dd", "dt", "dl", "blockquote", "pre",
        "hr", "form", "fieldset", "address", "figure", "figcaption", "button", "label",
    };

    private readonly AnalyzerOptions _options;

    public PageReader(AnalyzerOptions options) => _options = options;

    public PageContent ReadHtml(string html, string? url)
    {
        var document = new HtmlParser().ParseDocument(html);
        var fields = JsonLdReader.ReadFields(document);
        var builder = new VisibleTextBuilder(_options.MaxTextLength);
        if (document.Body is { } body)
        {
            AppendVisibleText(body, builder);
        }

        var text = builder.ToString();
        return new PageContent
        {
            Text = text,
            Sentences = SentenceSplitter.Split(text),
            Fields = fields,
            Anchors = builder.Anchors,
            ContactHints = JsonLdReader.ReadContactHints(document),
            Url = url ?? "",
        };
    }

    public PageContent ReadText(string text)
    {
        var clipped = text.Length > _options.MaxTextLength ? text[.._options.MaxTextLength] : text;
        return new PageContent { Text = clipped, Sentences = SentenceSplitter.Split(clipped) };
    }

    /// <summary>Walks the tree with an explicit stack: hostile pages nest deeply enough to overflow recursion.</summary>
    private void AppendVisibleText(IElement root, VisibleTextBuilder builder)
    {
        var stack = new Stack<(INode Node, int Depth, bool Closing)>();
        stack.Push((root, 0, false));
        while (stack.Count > 0 && !builder.IsFull)
        {
            var (node, depth, closing) = stack.Pop();
            if (closing)
            {
                CloseElement((IElement)node, builder);
                continue;
            }

            if (node is IText textNode)
            {
                builder.AppendInline(textNode.Data);
                continue;
            }

            if (node is not IElement element || IsHidden(element))
            {
                continue;
            }

            OpenElement(element, builder);
            stack.Push((element, depth, true));
            if (depth >= _options.MaxElementDepth)
            {
                builder.AppendInline(element.TextContent);
                continue;
            }

            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, depth + 1, false));
            }
        }
    }

    private static void OpenElement(IElement element, VisibleTextBuilder builder)
    {
        if (BlockElements.Contains(element.LocalName))
        {
            builder.BreakBlock();
        }

        if (element.LocalName == "a" || element.HasAttribute("data-cfemail"))
        {
            builder.BeginAnchor(element.GetAttribute("href") ?? "", element.GetAttribute("data-cfemail"));
        }
    }

    private static void CloseElement(IElement element, VisibleTextBuilder builder)
    {
        if (element.LocalName == "a" || element.HasAttribute("data-cfemail"))
        {
            builder.EndAnchor();
        }

        if (BlockElements.Contains(element.LocalName))
        {
            builder.BreakBlock();
        }
    }

    private static bool IsHidden(IElement element) =>
        SkippedElements.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || IsStyledInvisible(element.GetAttribute("style"));

    private static bool IsStyledInvisible(string? style) =>
        style is not null
        && (style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Replace(" ", "", StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));

    /// <summary>Accumulates text with collapsed white space; a block boundary becomes one newline.</summary>
    private sealed class VisibleTextBuilder(int maxLength)
    {
        private readonly StringBuilder _text = new();
        private readonly List<PageAnchor> _anchors = [];
        private readonly Stack<(string Href, string? CfEmail, int Start)> _openAnchors = new();

        public IReadOnlyList<PageAnchor> Anchors => _anchors;

        public bool IsFull => _text.Length >= maxLength;

        public void AppendInline(string data)
        {
            foreach (var c in data)
            {
                if (IsFull)
                {
                    return;
                }

                if (char.IsWhiteSpace(c))
                {
                    if (_text.Length > 0 && _text[^1] is not (' ' or '\n'))
                    {
                        _text.Append(' ');
                    }
                }
                else
                {
                    _text.Append(c);
                }
            }
        }

        public void BreakBlock()
        {
            TrimTrailingSpace();
            if (_text.Length > 0 && _text[^1] != '\n')
            {
                _text.Append('\n');
            }
        }

        public void BeginAnchor(string href, string? cfEmail) => _openAnchors.Push((href, cfEmail, _text.Length));

        public void EndAnchor()
        {
            if (_openAnchors.Count == 0)
            {
                return;
            }

            var (href, cfEmail, start) = _openAnchors.Pop();
            var end = _text.Length;
            while (end > start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }

            while (start < end && char.IsWhiteSpace(_text[start]))
            {
                start++;
            }

            _anchors.Add(new PageAnchor(href, cfEmail, _text.ToString(start, end - start), start, end));
        }

        public override string ToString() => _text.ToString().TrimEnd();

        private void TrimTrailingSpace()
        {
            while (_text.Length > 0 && _text[^1] == ' ')
            {
                _text.Length--;
            }
        }
    }
}
