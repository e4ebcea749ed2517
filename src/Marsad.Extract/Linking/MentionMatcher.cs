using Marsad.Extract.Knowledge;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Linking;

/// <summary>
/// Finds mentions of known actors and places in an analysed text by alias match on normalised,
/// proclitic-stripped tokens, longest match first. Spans follow record.md: clitic conjunctions and
/// prepositions outside ("بدمشق" → "دمشق"), only the preposition of "لل" outside ("للجيش السوري"
/// → "لجيش السوري"), descriptive heads outside because they are not part of any alias ("مدينة حلب"
/// → "حلب") while name heads that are part of an alias stay inside ("مخيم اليرموك").
/// </summary>
/// <remarks>Needs: <see cref="AnalysedText"/>. Adds: <see cref="EntityRecord"/> items with type, id and
/// name (and a first-guess place; <see cref="EntityLinker"/> resolves ambiguous places by context).
/// One hash lookup per token and reading; no allocation per token beyond the text layer's cached forms.</remarks>
public sealed class MentionMatcher(KnowledgeBase kb)
{
    /// <summary>Longest key a token reading can have; longer tokens are not looked up.</summary>
    private const int MaxTokenChars = 64;

    public KnowledgeBase KnowledgeBase { get; } = kb;

    /// <summary>Mentions in text order, non-overlapping, with UTF-16 offsets.</summary>
    public IReadOnlyList<EntityRecord> Find(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<EntityRecord>();
        var tokens = text.Tokens;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticVariants.MaxReadings];
        Span<char> key = stackalloc char[MaxTokenChars + 1];
        for (int i = 0; i < tokens.Length; i++)
        {
            var kind = tokens[i].Kind;
            if (kind is not (TokenKind.Word or TokenKind.Latin)) continue;
            string word = Form(text, i);
            if (word.Length > MaxTokenChars) continue;
            int n = kind == TokenKind.Word ? ProcliticVariants.Of(word, readings) : 1;
            if (kind != TokenKind.Word) readings[0] = default;

            bool afterHead = i > 0 && (KnowledgeBase.Words.IsDescriptiveHead(Form(text, i - 1)) || KnowledgeBase.Words.IsOrganisationHead(Form(text, i - 1)));
            AliasEntry? best = null;
            ProcliticReading bestReading = default;
            for (int r = 0; r < n; r++)
            {
                int len = readings[r].Key(word, key);
                foreach (var entry in KnowledgeBase.Aliases.StartingWith(key[..len]))
                {
                    if (!entry.Recognisable || !afterHead && IsCommonWordName(entry)) continue;
                    if (best is not null && entry.Tokens.Length <= best.Tokens.Length) break;
                    if (FollowsOn(text, i, entry.Tokens)) { best = entry; bestReading = readings[r]; break; }
                }
            }
            if (best is null) continue;

            int last = i + best.Tokens.Length - 1;
            int start = tokens[i].Start + OriginalOffset(text.Surface(i), bestReading.Outside);
            var span = new TextSpan(start, tokens[last].End);
            bool locative = bestReading.Locative || i > 0 && KnowledgeBase.Words.IsLocative(Form(text, i - 1));
            result.Add(Describe(best, span, text.Text, locative));
            i = last;
        }
        return result;
    }

    /// <summary>A one-word name that is also an everyday word ("الباب", "الجزيرة"): reported only after a head.</summary>
    private bool IsCommonWordName(AliasEntry entry) => entry.Tokens.Length == 1 && KnowledgeBase.Words.IsCommonWord(entry.Key);

    /// <summary>The record for a matched alias; a name that is both a state and a country is LOC after a locative word.</summary>
    internal static EntityRecord Describe(AliasEntry entry, TextSpan span, string text, bool locative)
    {
        AliasTarget? actor = null, place = null;
        foreach (var t in entry.Targets)
        {
            if (!t.Recognise) continue;
            if (t.Actor is not null) actor ??= t;
            else place ??= t;
        }
        // A country's name is its state's side ("مع روسيا") unless a locative word makes it the place ("في سوريا").
        bool asPlace = place is not null && (actor is null || locative && actor.Value.Actor!.Kind == ActorKind.State);
        if (actor is not null && !asPlace)
        {
            var a = actor.Value.Actor!;
            return new EntityRecord { Start = span.Start, End = span.End, Text = span.Of(text), Type = a.EntityType, Id = a.Id, NameEn = a.NameEn };
        }
        return PlaceRecord(place!.Value.Place!, span, text);
    }

    internal static EntityRecord PlaceRecord(Place p, TextSpan span, string text) => new()
    {
        Start = span.Start, End = span.End, Text = span.Of(text), Type = "LOC", Id = p.Id, NameEn = p.NameEn,
        Lat = p.Lat, Lon = p.Lon, Admin1 = p.Admin1, Precision = GeoPrecisions.Name(p.Precision),
    };

    /// <summary>The key form of token <paramref name="i"/> (normalised; Latin upper-cased, as in <see cref="AliasKey"/>).</summary>
    internal static string Form(AnalysedText text, int i) =>
        text.Tokens[i].Kind == TokenKind.Latin ? text.Normalized(i).ToUpperInvariant() : text.Normalized(i);

    /// <summary>Whether the tokens after <paramref name="i"/> continue the alias, on the same line.</summary>
    private static bool FollowsOn(AnalysedText text, int i, string[] aliasTokens)
    {
        var tokens = text.Tokens;
        if (i + aliasTokens.Length > tokens.Length) return false;
        for (int k = 1; k < aliasTokens.Length; k++)
        {
            int j = i + k;
            if (!string.Equals(Form(text, j), aliasTokens[k], StringComparison.Ordinal)) return false;
            // A name does not run across a line break (a headline followed by the body).
            if (text.Text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).IndexOfAny('\n', '\r') >= 0) return false;
        }
        return true;
    }

    /// <summary>Original offset inside <paramref name="surface"/> of normalised index <paramref name="normalized"/>
    /// (normalisation drops vowel marks and tatweel, so the two can differ).</summary>
    internal static int OriginalOffset(ReadOnlySpan<char> surface, int normalized)
    {
        if (normalized == 0) return 0;
        int seen = 0;
        for (int k = 0; k < surface.Length; k++)
        {
            if (ArabicNormalizer.Fold(surface[k]) == '\0') continue;
            if (seen == normalized) return k;
            seen++;
        }
        return surface.Length;
    }
}
