namespace JobCapture.Core.Statements;

/// <summary>The tokens of one sentence, and a second list that rewriting fills: both reused from sentence to
/// sentence, since a page has thousands of sentences and most of them state nothing.</summary>
internal sealed class TokenList
{
    private List<string> _words = new(64);
    private List<string> _rewritten = new(64);

    public List<string> Words => _words;

    /// <summary>Empty, ready to be filled and then made the tokens with <see cref="KeepRewritten"/>.</summary>
    public List<string> Rewritten
    {
        get
        {
            _rewritten.Clear();
            return _rewritten;
        }
    }

    public void KeepRewritten() => (_words, _rewritten) = (_rewritten, _words);
}
