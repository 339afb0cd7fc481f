using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Capture;

/// <summary>
/// Tells a sign-in form, a robot check or a cookie dialog that stands where the posting should be, so that such a
/// page is reported and never stored as a posting. Shared by every capture path: the CLI's renders and the pages the
/// extension sends. A page is a wall only when it is thin besides the sign (see Data/Capture/page-walls.json):
/// real postings carry sign-in links, hidden login modals and cookie banners too.
/// </summary>
public static class PageWalls
{
    private static readonly PageWallData Data = PageWallData.Default;
    private static readonly Regex LoginPhrases = PhraseRegex(Data.Login.Phrases);
    private static readonly Regex CaptchaPhrases = PhraseRegex(Data.Captcha.Phrases);
    private static readonly Regex CookiePhrases = PhraseRegex(Data.Cookie.Phrases);

    /// <summary>The wall <paramref name="html"/> shows, or null when it is a page of its own. A page whose analysis
    /// found statements of a posting, or read a posting's worth of text, is never a wall, and is not parsed again.</summary>
    public static PageWall? Find(string html, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Statements.Count > 0 || WordCount(analysis.Text) >= Data.ThinPageWords * 4 ? null : Find(html);
    }

    internal static PageWall? Find(string html)
    {
        using var markup = MarkupPrescan.Prepare(html, AnalyzerOptions.CreateDefault().MaxElementDepth, PageMarkup.Default);
        var signs = WallSigns.Read(markup.Parse(new HtmlParser()));
        if (signs.OwnWords >= Data.ThinPageWords)
        {
            return null;
        }

        if (signs.CaptchaMarked || CaptchaPhrases.IsMatch(signs.Title) || CaptchaPhrases.IsMatch(signs.AllText))
        {
            return PageWall.Captcha;
        }

        if (signs.HasPasswordField || LoginPhrases.IsMatch(signs.Prominent))
        {
            return PageWall.SignIn;
        }

        var dialogDominates = signs.ConsentWords > 0 && signs.ConsentWords >= signs.OwnWords;
        return dialogDominates && CookiePhrases.IsMatch(signs.AllText) ? PageWall.CookieDialog : null;
    }

    internal static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));

    private static Regex PhraseRegex(IEnumerable<string> phrases) => new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join('|', phrases.Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>What one walk over the page finds: its own words, the words of consent dialogs, and the signs of a
    /// wall.</summary>
    private sealed class WallSigns
    {
        private static readonly HashSet<string> Unread = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg", "head" };
        private static readonly HashSet<string> ProminentTags = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "legend", "label" };

        /// <summary>A thin page's text fits many times over; what is beyond (one giant "word") is not read for phrases.</summary>
        private const int MaxTextRead = 20_000;

        private readonly System.Text.StringBuilder _all = new();
        private readonly System.Text.StringBuilder _prominent = new();

        public string Title { get; private set; } = "";
        public string AllText => _all.ToString();
        public string Prominent => Title + "\n" + _prominent;
        public int OwnWords { get; private set; }
        public int ConsentWords { get; private set; }
        public bool HasPasswordField { get; private set; }
        public bool CaptchaMarked { get; private set; }

        public static WallSigns Read(IDocument document)
        {
            var signs = new WallSigns { Title = document.Title ?? "" };
            if (document.Body is { } body)
            {
                signs.Walk(body);
            }

            return signs;
        }

        /// <summary>Depth-first without recursion: a hostile page's nesting must not exhaust the stack.</summary>
        private void Walk(IElement root)
        {
            var pending = new Stack<(INode Node, bool InConsent)>();
            pending.Push((root, false));
            while (pending.TryPop(out var item))
            {
                if (item.Node is IText text)
                {
                    Count(text.Data, item.InConsent);
                    continue;
                }

                if (item.Node is not IElement element || Unread.Contains(element.LocalName) || IsHidden(element))
                {
                    continue;
                }

                Inspect(element);
                var inConsent = item.InConsent || Marked(element, Data.Cookie.ContainerMarkers);
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    pending.Push((child, inConsent));
                }
            }
        }

        private void Inspect(IElement element)
        {
            CaptchaMarked |= Marked(element, Data.Captcha.Markers) || Contains(element.GetAttribute("src"), Data.Captcha.Markers);
            var type = element.GetAttribute("type");
            if (element.LocalName == "input")
            {
                HasPasswordField |= string.Equals(type, "password", StringComparison.OrdinalIgnoreCase);
                if (string.Equals(type, "submit", StringComparison.OrdinalIgnoreCase))
                {
                    AppendProminent(element.GetAttribute("value") ?? "");
                }
            }
            else if (ProminentTags.Contains(element.LocalName) || IsFormButton(element))
            {
                AppendProminent(element.TextContent);
            }
        }

        private void AppendProminent(string text)
        {
            if (_prominent.Length < MaxTextRead)
            {
                _prominent.Append(text.AsSpan(0, Math.Min(text.Length, MaxTextRead))).Append('\n');
            }
        }

        private void Count(string text, bool inConsent)
        {
            var words = WordCount(text);
            if (words == 0)
            {
                return;
            }

            if (_all.Length < MaxTextRead)
            {
                _all.Append(text.AsSpan(0, Math.Min(text.Length, MaxTextRead))).Append(' ');
            }

            if (inConsent)
            {
                ConsentWords += words;
            }
            else
            {
                OwnWords += words;
            }
        }

        private static bool IsFormButton(IElement element) =>
            element.LocalName == "button" && element.Closest("form") is not null;

        private static bool IsHidden(IElement element) =>
            element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase));

        private static bool Marked(IElement element, string[] markers) =>
            Contains(element.Id, markers) || Contains(element.ClassName, markers);

        private static bool Contains(string? value, string[] markers) =>
            !string.IsNullOrEmpty(value) && markers.Any(marker => value.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }
}
