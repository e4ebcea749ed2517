using System.Text;

namespace Marsad.Ingest.Encodings;

/// <summary>Registers the legacy code pages (windows-1256, ISO-8859-6…) with .NET once per process.</summary>
public static class CodePages
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>Idempotent and thread-safe; every decoder calls it before asking for a code page.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;
}
