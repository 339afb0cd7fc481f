using System.Security.Cryptography.X509Certificates;

namespace JobCapture.App.Security;

/// <summary>The certificate a shared server answers HTTPS with: a PEM certificate with its PEM key, or one PKCS#12 file.</summary>
public static class TlsCertificate
{
    public static X509Certificate2 Load(string certificate, string? key) =>
        key is null
            ? X509CertificateLoader.LoadPkcs12FromFile(certificate, password: null)
            : X509Certificate2.CreateFromPemFile(certificate, key);
}
