using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Extract.Entities;

/// <summary>
/// The linear model of the tagger: one row of <see cref="NerTagSet.Count"/> weights per hashed
/// feature bucket, and a tag-transition table whose last row is the sentence start. Decoding is
/// first-order Viterbi with the IOB2 constraint (an I-X continues an X) built into the search.
/// </summary>
public sealed class PerceptronWeights
{
    public const int Tags = NerTagSet.Count;
    /// <summary>Row stride: one float per tag.</summary>
    public const int Stride = Tags;

    public PerceptronWeights(int hashBits)
    {
        if (hashBits is < 10 or > 24) throw new ArgumentOutOfRangeException(nameof(hashBits), hashBits, "hash bits must be 10..24");
        HashBits = hashBits;
        Emission = new float[(1 << hashBits) * Stride];
        Transition = new float[(Tags + 1) * Tags];
    }

    public int HashBits { get; }
    public int Buckets => 1 << HashBits;
    /// <summary>Bucket b's weight for tag t is at b * Stride + t.</summary>
    public float[] Emission { get; }
    /// <summary>Weight of tag t after tag p is at p * Tags + t; p = Tags is the sentence start.</summary>
    public float[] Transition { get; }

    /// <summary>Sums the emission rows of each token's features into <paramref name="scores"/> (n × Stride).</summary>
    public void Score(ReadOnlySpan<int> features, int tokens, Span<float> scores)
    {
        int slots = NerFeatures.SlotsPerToken;
        ref float w = ref MemoryMarshal.GetArrayDataReference(Emission);
        bool wide = Vector<float>.Count == 8;
        for (int i = 0; i < tokens; i++)
        {
            var row = features.Slice(i * slots, slots);
            var s = scores.Slice(i * Stride, Stride);
            if (wide)
            {
                // Tags 0..7 in one vector, tag 8 alone: a row is 9 floats, unaligned loads are fine.
                var acc = Vector<float>.Zero;
                float last = 0;
                foreach (int b in row)
                {
                    if (b < 0) continue;
                    ref float r = ref Unsafe.Add(ref w, (nint)b * Stride);
                    acc += Vector.LoadUnsafe(ref r);
                    last += Unsafe.Add(ref r, 8);
                }
                acc.CopyTo(s);
                s[8] = last;
            }
            else
            {
                s.Clear();
                foreach (int b in row)
                {
                    if (b < 0) continue;
                    for (int t = 0; t < Tags; t++) s[t] += Unsafe.Add(ref w, (nint)b * Stride + t);
                }
            }
        }
    }

    /// <summary>Best IOB2-valid tag sequence for the scored tokens (Viterbi).</summary>
    public void Decode(ReadOnlySpan<float> scores, int tokens, Span<int> tags, Span<float> delta, Span<byte> back)
    {
        if (tokens == 0) return;
        const float Impossible = float.NegativeInfinity;
        var trans = Transition.AsSpan();
        for (int t = 0; t < Tags; t++)
            delta[t] = NerTagSet.Allowed(NerTagSet.Outside, t) ? scores[t] + trans[Tags * Tags + t] : Impossible;
        for (int i = 1; i < tokens; i++)
        {
            var prev = delta.Slice((i - 1) * Tags, Tags);
            var cur = delta.Slice(i * Tags, Tags);
            for (int t = 0; t < Tags; t++)
            {
                float best = Impossible;
                int arg = 0;
                for (int p = 0; p < Tags; p++)
                {
                    if (!NerTagSet.Allowed(p, t)) continue;
                    float v = prev[p] + trans[p * Tags + t];
                    if (v > best) { best = v; arg = p; }
                }
                cur[t] = best + scores[i * Stride + t];
                back[i * Tags + t] = (byte)arg;
            }
        }
        var last = delta.Slice((tokens - 1) * Tags, Tags);
        int tag = 0;
        for (int t = 1; t < Tags; t++) if (last[t] > last[tag]) tag = t;
        for (int i = tokens - 1; i >= 0; i--)
        {
            tags[i] = tag;
            if (i > 0) tag = back[i * Tags + tag];
        }
    }
}
