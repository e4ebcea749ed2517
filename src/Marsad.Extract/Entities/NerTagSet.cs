namespace Marsad.Extract.Entities;

/// <summary>Coarse entity types of record.md, in the order the tagger numbers them.</summary>
public enum EntityKind : byte
{
    Per = 0,
    Org = 1,
    Loc = 2,
    Misc = 3,
}

/// <summary>
/// The tagger's BIO tag set over <see cref="EntityKind"/>: tag 0 is O, tag 1 + 2k is B-k, tag 2 + 2k
/// is I-k. Kept as plain integers so the decoder works on small arrays.
/// </summary>
public static class NerTagSet
{
    public const int Outside = 0;
    public const int Count = 9;
    public const int KindCount = 4;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    private static readonly string[] KindNames = ["PER", "ORG", "LOC", "MISC"];

    public static int Begin(EntityKind kind) => 1 + 2 * (int)kind;
    public static int Inside(EntityKind kind) => 2 + 2 * (int)kind;
    public static bool IsBegin(int tag) => tag != Outside && (tag & 1) == 1;
    public static bool IsInside(int tag) => tag != Outside && (tag & 1) == 0;
    public static EntityKind KindOf(int tag) => (EntityKind)((tag - 1) >> 1);

    /// <summary>An I-X may only continue a B-X or I-X of the same type (IOB2).</summary>
    public static bool Allowed(int previous, int tag) =>
        !IsInside(tag) || (previous != Outside && KindOf(previous) == KindOf(tag));

    public static string Name(int tag) => Names[tag];
    public static string Name(EntityKind kind) => KindNames[(int)kind];

    /// <summary>Parses "O", "B-PER" … "I-MISC"; returns -1 for anything else.</summary>
    public static int Parse(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < Names.Length; i++)
            if (name.SequenceEqual(Names[i])) return i;
        return -1;
    }

    /// <summary>Parses "PER", "ORG", "LOC", "MISC".</summary>
    public static bool TryParseKind(ReadOnlySpan<char> name, out EntityKind kind)
    {
        for (int i = 0; i < KindNames.Length; i++)
        {
            if (name.SequenceEqual(KindNames[i])) { kind = (EntityKind)i; return true; }
        }
        kind = default;
        return false;
    }
}
