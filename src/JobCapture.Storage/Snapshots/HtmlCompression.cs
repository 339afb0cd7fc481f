using System.IO.Compression;
using System.Text;

namespace JobCapture.Storage.Snapshots;

/// <summary>Snapshots keep the page as gzip: job pages are mostly markup and shrink five- to tenfold.</summary>
public static class HtmlCompression
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Encoded a buffer at a time as it is compressed: a page of megabytes is not copied whole first.</summary>
    public static byte[] Compress(string html)
    {
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true), Utf8WithoutMark))
        {
            writer.Write(html);
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
