namespace JobCapture.App.BatchCapture;

/// <summary>What a batch tells as it goes: live on a terminal, plain lines otherwise.</summary>
public interface IBatchProgress
{
    void Started(string url);

    void Retrying(string url, string reason, int triesSoFar);

    void Finished(UrlResult result);
}
