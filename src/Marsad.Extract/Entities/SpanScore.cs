namespace Marsad.Extract.Entities;

/// <summary>A typed half-open span, the unit that entity scoring counts.</summary>
public readonly record struct TypedSpan(int Start, int End, EntityKind Kind);

/// <summary>
/// Exact-span precision, recall and F1 per type (CoNLL style: a prediction counts only when start,
/// end and type all agree), with the micro average over PER, ORG and LOC that record.md scores.
/// </summary>
public sealed class SpanScore
{
    private readonly int[] _gold = new int[NerTagSet.KindCount];
    private readonly int[] _predicted = new int[NerTagSet.KindCount];
    private readonly int[] _correct = new int[NerTagSet.KindCount];

    /// <summary>Counts one unit (sentence or document): each gold span matched at most once.</summary>
    public void Add(IReadOnlyList<TypedSpan> gold, IReadOnlyList<TypedSpan> predicted)
    {
        var open = new HashSet<TypedSpan>(gold);
        foreach (var g in gold) _gold[(int)g.Kind]++;
        foreach (var p in predicted)
        {
            _predicted[(int)p.Kind]++;
            if (open.Remove(p)) _correct[(int)p.Kind]++;
        }
    }

    public (double Precision, double Recall, double F1) Of(EntityKind kind) =>
        Prf(_correct[(int)kind], _predicted[(int)kind], _gold[(int)kind]);

    public int GoldCount(EntityKind kind) => _gold[(int)kind];

    /// <summary>Micro average over PER, ORG and LOC (MISC is scored nowhere yet, record.md).</summary>
    public (double Precision, double Recall, double F1) Micro
    {
        get
        {
            int c = 0, p = 0, g = 0;
            foreach (var k in (ReadOnlySpan<EntityKind>)[EntityKind.Per, EntityKind.Org, EntityKind.Loc])
            {
                c += _correct[(int)k]; p += _predicted[(int)k]; g += _gold[(int)k];
            }
            return Prf(c, p, g);
        }
    }

    /// <summary>Spans of an IOB2 tag sequence, in token indexes.</summary>
    public static List<TypedSpan> SpansOf(ReadOnlySpan<int> tags)
    {
        var spans = new List<TypedSpan>();
        int start = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            int t = i < tags.Length ? tags[i] : NerTagSet.Outside;
            bool continues = start >= 0 && NerTagSet.IsInside(t) && NerTagSet.KindOf(t) == NerTagSet.KindOf(tags[start]);
            if (start >= 0 && !continues)
            {
                spans.Add(new TypedSpan(start, i, NerTagSet.KindOf(tags[start])));
                start = -1;
            }
            if (t != NerTagSet.Outside && !continues) start = i;
        }
        return spans;
    }

    public override string ToString()
    {
        var lines = new List<string>();
        foreach (EntityKind k in Enum.GetValues<EntityKind>())
        {
            var (p, r, f) = Of(k);
            lines.Add($"{NerTagSet.Name(k),-5} P {p:0.0000}  R {r:0.0000}  F1 {f:0.0000}  (gold {_gold[(int)k]}, predicted {_predicted[(int)k]})");
        }
        var m = Micro;
        lines.Add($"micro P {m.Precision:0.0000}  R {m.Recall:0.0000}  F1 {m.F1:0.0000}  (PER+ORG+LOC)");
        return string.Join(Environment.NewLine, lines);
    }

    private static (double, double, double) Prf(int correct, int predicted, int gold)
    {
        double p = predicted == 0 ? 0 : (double)correct / predicted;
        double r = gold == 0 ? 0 : (double)correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f);
    }
}
