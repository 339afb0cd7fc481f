using JobCapture.Core.Capture;
using Microsoft.Playwright;

namespace JobCapture.Capture;

/// <summary>What a capture does in a settled page so that the whole posting is in its HTML: scroll to the end for
/// what loads on scroll, click the "show more" toggles of a collapsed description, and take in a posting that an
/// applicant tracking system shows in a frame.</summary>
internal sealed class PageFidelity(IPage page, PageSettling settling, CaptureSettings settings)
{
    /// <summary>Scrolls to the bottom and answers the page's height, to tell whether scrolling made it grow. It answers
    /// after two frames: a lazy list's IntersectionObserver is told of the scroll at the next rendering step, and on a
    /// busy machine that came after the settle's quiet window had already passed, so the fetch it starts was missed.
    /// A page that renders no frames (hidden) is waited for half a second at most.</summary>
    private const string ScrollScript = """
        async () => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          const height = document.documentElement.scrollHeight;
          await Promise.race([
            new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))),
            new Promise(resolve => setTimeout(resolve, 500))]);
          return height;
        }
        """;

    private const string HeightScript = "() => document.documentElement.scrollHeight";

    /// <summary>Clicks every visible control whose whole text is a toggle phrase, and opens closed details elements.
    /// Never a link to another page, nor a button that would submit a form: the capture must stay on this page.</summary>
    private const string UnfoldScript = """
        (phrases) => {
          const wanted = new Set(phrases);
          const text = element => (element.innerText || element.textContent || element.getAttribute('aria-label') || '')
            .replace(/\s+/g, ' ').trim().toLowerCase()
            .replace(/^[+›»▸▾▼\s]+/u, '').replace(/[\s.…+›»▸▾▼↓]+$/u, '');
          const leavesPage = element => {
            if (element.tagName === 'A') {
              const href = (element.getAttribute('href') || '').trim().toLowerCase();
              return href !== '' && !href.startsWith('#') && !href.startsWith('javascript:');
            }
            return element.tagName === 'BUTTON' && element.form !== null && element.type === 'submit';
          };
          let unfolded = 0;
          for (const element of document.querySelectorAll('button, a, summary, [role="button"], [tabindex]')) {
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || element.getAttribute('aria-expanded') === 'true') continue;
            if (element.tagName === 'SUMMARY' && element.parentElement && element.parentElement.open) continue;
            if (!wanted.has(text(element)) || leavesPage(element)) continue;
            element.click();
            unfolded++;
          }
          for (const details of document.querySelectorAll('details:not([open])')) {
            details.open = true;
            unfolded++;
          }
          return unfolded;
        }
        """;

    /// <summary>Puts the frame's body in place of the frame, marked with where it came from.</summary>
    private const string TakeInFrameScript = """
        (frame, html) => {
          const section = document.createElement('section');
          section.setAttribute('data-jobcapture-frame', frame.src);
          section.innerHTML = html;
          frame.replaceWith(section);
        }
        """;

    private const string FrameBodyScript = "() => document.body ? document.body.innerHTML : ''";

    /// <summary>A page that fits the window has nothing below to load.</summary>
    private const string ScrollsScript = "() => document.documentElement.scrollHeight > window.innerHeight";

    public async Task ScrollToEndAsync(CancellationToken cancellationToken)
    {
        if (!await page.EvaluateAsync<bool>(ScrollsScript))
        {
            return;
        }

        for (var scroll = 0; scroll < settings.MaxScrolls; scroll++)
        {
            var before = await page.EvaluateAsync<double>(ScrollScript);
            await settling.SettleAfterActionAsync(cancellationToken);
            if (await page.EvaluateAsync<double>(HeightScript) <= before)
            {
                break;
            }
        }

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
    }

    /// <summary>Two rounds: an unfolded description sometimes holds another toggle. A toggle that led elsewhere after
    /// all (its script navigated) is undone by loading the page again, folded.</summary>
    public async Task UnfoldDescriptionsAsync(CancellationToken cancellationToken)
    {
        var url = page.Url;
        try
        {
            for (var round = 0; round < 2; round++)
            {
                if (await page.EvaluateAsync<int>(UnfoldScript, PageCaptureHints.DescriptionToggles) == 0)
                {
                    break;
                }

                await settling.SettleAfterActionAsync(cancellationToken);
            }
        }
        catch (PlaywrightException) when (page.Url != url)
        {
        }

        if (page.Url != url)
        {
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await settling.SettleAsync(cancellationToken);
        }
    }

    public async Task TakeInEmbeddedPostingsAsync()
    {
        foreach (var frame in page.Frames.Where(f => f != page.MainFrame && f.ParentFrame == page.MainFrame))
        {
            try
            {
                var element = await frame.FrameElementAsync();
                if (PageCaptureHints.IsEmbeddedPosting(frame.Url, await element.GetAttributeAsync("id")))
                {
                    await element.EvaluateAsync(TakeInFrameScript, await frame.EvaluateAsync<string>(FrameBodyScript));
                }
            }
            catch (PlaywrightException)
            {
                // The frame went away while we looked at it; the page is captured as it is.
            }
        }
    }
}
