using System.IO.Compression;
using System.Text;

namespace JobCapture.Storage.Snapshots;

/// <summary>Snapshots keep the page as gzip: job pages are mostly markup and shrink five- to tenfold.</summary>
public static class HtmlCompression
{
    public static byte[] Compress(string html)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(html));
        }

        return output.ToArray();
    }

    public static string Decompress(byte[] gzipped)
    {
        using var input = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
