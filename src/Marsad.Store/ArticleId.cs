using System.Security.Cryptography;
using System.Text;
using Marsad.Text;

namespace Marsad.Store;

/// <summary>
/// The store's article key: a hash of the normalised text, so that the same article read twice —
/// from another file, with other diacritics, alef forms or line breaks — gets the same key and
/// re-ingesting is idempotent. Metadata (file name, URL) is deliberately not part of the key: a wire
/// story reprinted verbatim by two outlets is one text, and near-duplicates are the corpus layer's job.
/// </summary>
public static class ArticleId
{
    /// <summary>Prefix naming the scheme, so a future scheme can coexist with this one.</summary>
    public const string Prefix = "h1:";

    /// <summary>"h1:" + the first 16 bytes of SHA-256 over the normalised text with whitespace runs collapsed, in hex.</summary>
    public static string FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string normalised = NormalizedText.Normalize(text);
        var collapsed = new StringBuilder(normalised.Length);
        bool space = false;
        foreach (char c in normalised)
        {
            if (char.IsWhiteSpace(c)) { space = collapsed.Length > 0; continue; }
            if (space) { collapsed.Append(' '); space = false; }
            collapsed.Append(c);
        }
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(collapsed.ToString()), hash);
        return Prefix + Convert.ToHexStringLower(hash[..16]);
    }
}
